//go:build js && wasm

package main

import (
	"errors"
	"math"
	"syscall/js"

	"github.com/exitplay/exitplay/wasm/sim"
)

// decodeRequest parses a request's JSON text (the form sim.Request's field
// tags describe) with the JavaScript engine's JSON.parse. Like
// encoding/json, it ignores unknown members and takes null for an absent
// one; a member of the wrong type is an error naming it.
func decodeRequest(text string) (req sim.Request, err error) {
	v, err := parseJSON(text)
	if err != nil {
		return req, err
	}
	if !isObject(v) {
		return req, errors.New("the request must be a JSON object")
	}
	r := reader{}
	req.Code = r.str(v, "code")
	req.Stdin = r.str(v, "stdin")
	req.Stdout = r.str(v, "stdout")
	req.Filename = r.str(v, "filename")
	if sigs := v.Get("signals"); !absent(sigs) {
		if !js.Global().Get("Array").Call("isArray", sigs).Bool() {
			return req, errors.New(`"signals" must be an array`)
		}
		for i := range sigs.Length() {
			s := sigs.Index(i)
			if !isObject(s) {
				return req, errors.New(`each of "signals" must be an object`)
			}
			req.Signals = append(req.Signals, sim.ScheduledSignal{Signal: r.str(s, "signal"), At: r.num(s, "at")})
		}
	}
	if lim := v.Get("limits"); !absent(lim) {
		if !isObject(lim) {
			return req, errors.New(`"limits" must be an object`)
		}
		req.Limits = &sim.Limits{
			Steps:       r.integer(lim, "steps"),
			Seconds:     r.num(lim, "seconds"),
			OutputBytes: int(r.integer(lim, "output_bytes")),
			MemoryBytes: r.integer(lim, "memory_bytes"),
		}
	}
	return req, r.err
}

// parseJSON is JSON.parse(text), with its SyntaxError as an error.
func parseJSON(text string) (v js.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			jsErr, ok := r.(js.Error)
			if !ok {
				panic(r)
			}
			err = jsErr
		}
	}()
	return js.Global().Get("JSON").Call("parse", text), nil
}

func absent(v js.Value) bool { return v.IsUndefined() || v.IsNull() }

// isObject is true for a JSON object (not null, not an array).
func isObject(v js.Value) bool {
	return v.Type() == js.TypeObject && !js.Global().Get("Array").Call("isArray", v).Bool()
}

// reader reads typed members of parsed objects, keeping the first type
// error.
type reader struct{ err error }

func (r *reader) fail(name, want string) {
	if r.err == nil {
		r.err = errors.New(`"` + name + `" must be ` + want)
	}
}

// str is a string member; absent or null is "".
func (r *reader) str(obj js.Value, name string) string {
	v := obj.Get(name)
	if absent(v) {
		return ""
	}
	if v.Type() != js.TypeString {
		r.fail(name, "a string")
		return ""
	}
	return v.String()
}

// num is a number member; absent or null is 0.
func (r *reader) num(obj js.Value, name string) float64 {
	v := obj.Get(name)
	if absent(v) {
		return 0
	}
	if v.Type() != js.TypeNumber {
		r.fail(name, "a number")
		return 0
	}
	return v.Float()
}

// integer is an integral number member that fits in an int64 exactly.
func (r *reader) integer(obj js.Value, name string) int64 {
	f := r.num(obj, name)
	if f != math.Trunc(f) || math.Abs(f) > 1<<53 {
		r.fail(name, "an integer")
		return 0
	}
	return int64(f)
}
