//go:build js && wasm

package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"syscall/js"
	"testing"

	"github.com/exitplay/exitplay/wasm/sim"
)

// Run with Go's wasm runner on PATH:
//   PATH="$PATH:$(go env GOROOT)/lib/wasm" GOOS=js GOARCH=wasm go test ./wasm

func TestDecodeRequestAgreesWithEncodingJSON(t *testing.T) {
	for _, text := range []string{
		`{"code":"print(1)"}`,
		`{"code":"x","stdin":"a\nb","stdout":"pipe","filename":"f.py","unknown":[1,{"a":null}],
		  "signals":[{"signal":"SIGTERM","at":0.5},{"signal":"2","at":3}],
		  "limits":{"steps":1000,"seconds":2.5,"output_bytes":4096,"memory_bytes":1048576}}`,
		`{"code":null,"signals":null,"limits":null}`,
		`{"limits":{}}`,
	} {
		got, err := decodeRequest(text)
		if err != nil {
			t.Fatalf("%s: %v", text, err)
		}
		var want sim.Request
		if err := json.Unmarshal([]byte(text), &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", text, got, want)
		}
	}
}

func TestDecodeRequestRejects(t *testing.T) {
	for text, want := range map[string]string{
		`{"code":`:                    "JSON",
		`[1]`:                         "must be a JSON object",
		`"code"`:                      "must be a JSON object",
		`{"code":5}`:                  `"code" must be a string`,
		`{"signals":{}}`:              `"signals" must be an array`,
		`{"signals":[3]}`:             `each of "signals" must be an object`,
		`{"signals":[{"at":"soon"}]}`: `"at" must be a number`,
		`{"limits":[]}`:               `"limits" must be an object`,
		`{"limits":{"steps":1.5}}`:    `"steps" must be an integer`,
		`{"limits":{"seconds":true}}`: `"seconds" must be a number`,
	} {
		_, err := decodeRequest(text)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want one containing %q", text, err, want)
		}
	}
}

// run answers as the native engine does: its result is encoding/json's
// marshalling of sim.Run.
func TestRunMatchesNativeJSON(t *testing.T) {
	req := sim.Request{Code: "import sys, atexit\natexit.register(print, 'bye <&>')\nprint('é\\u2028')\nsys.exit(3)\n",
		Stdout: sim.ModePipe, Signals: []sim.ScheduledSignal{{Signal: "SIGTERM", At: 9}}}
	text, _ := json.Marshal(req)
	got := run(js.Undefined(), []js.Value{js.ValueOf(string(text))})
	want, _ := json.Marshal(sim.Run(req))
	if got != string(want) {
		t.Errorf("run:\n got %s\nwant %s", got, want)
	}
	if got := run(js.Undefined(), nil); got != `{"error":"run expects one argument: the request as a JSON string"}` {
		t.Errorf("run(): %s", got)
	}
}
