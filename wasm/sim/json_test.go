package sim

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/exitplay/exitplay/wasm/trace"
)

// sameAsEncodingJSON fails the test unless r.JSON() gives the bytes
// encoding/json gives for r.
func sameAsEncodingJSON(t *testing.T, name string, r *Result) {
	t.Helper()
	want, wantErr := json.Marshal(r)
	got, err := r.JSON()
	if (err != nil) != (wantErr != nil) || err != nil && err.Error() != wantErr.Error() {
		t.Fatalf("%s: error %v, encoding/json's %v", name, err, wantErr)
	}
	if string(got) != string(want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Fatalf("%s: JSON differs from encoding/json at byte %d:\n got …%.120s\nwant …%.120s", name, i, got[i:], want[i:])
	}
}

// TestJSONMatchesEncodingJSON runs the seed examples and every conformance
// program (in both stdout modes, alternately) and compares Result.JSON with
// encoding/json, which the server uses.
func TestJSONMatchesEncodingJSON(t *testing.T) {
	paths, err := filepath.Glob("../conformance/testdata/*/*.py")
	if err != nil || len(paths) < 100 {
		t.Fatalf("too few programs: %d (err %v)", len(paths), err)
	}
	for i, path := range paths {
		code, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		mode := ModePipe
		if i%2 == 0 || strings.Contains(path, "/seed/") {
			mode = ModeTTY
		}
		res := Run(Request{Code: string(code), Stdout: mode, Stdin: "a line\n",
			Signals: []ScheduledSignal{{Signal: "SIGTERM", At: 0.5}}})
		sameAsEncodingJSON(t, path, &res)
	}
}

// TestJSONCoversEveryField fills every field of a Result and of its events
// with a non-zero value (and then each pointer and slice with nil), so a
// field added to the structs without a line in JSON fails here.
func TestJSONCoversEveryField(t *testing.T) {
	var r Result
	fill(reflect.ValueOf(&r).Elem(), 1)
	sameAsEncodingJSON(t, "filled", &r)
	r.Trace = append(r.Trace, trace.Event{Seconds: 1e-9, Time: 1e21, Data: "<\u2028\xff>"})
	sameAsEncodingJSON(t, "exponent floats", &r)
	var empty Result
	sameAsEncodingJSON(t, "zero", &empty)
	empty.Trace, empty.Terminal = []trace.Event{{}}, []Chunk{}
	sameAsEncodingJSON(t, "zero event", &empty)
}

// fill sets every field reachable from v to a value that depends on n.
func fill(v reflect.Value, n int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(strings.Repeat("x\"<", n))
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(n))
	case reflect.Float64:
		v.SetFloat(float64(n) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), n+i)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), n+i)
		}
	default:
		panic("fill: unexpected kind " + v.Kind().String())
	}
}
