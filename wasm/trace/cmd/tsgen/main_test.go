package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/exitplay/exitplay/wasm/sim"
	"github.com/exitplay/exitplay/wasm/trace"
)

func generated(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	if err := generate(&b, "../..", "../../../sim"); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestEveryKindAndField checks that the TypeScript names every event kind
// and every JSON field of the Go types, so the viewer cannot miss one.
func TestEveryKindAndField(t *testing.T) {
	ts := generated(t)
	for _, k := range trace.Kinds {
		if !strings.Contains(ts, `| "`+string(k)+`"`) {
			t.Errorf("kind %q missing", k)
		}
	}
	for _, v := range []any{trace.Event{}, trace.Span{}, sim.Request{}, sim.Result{}, sim.Limits{}} {
		typ := reflect.TypeOf(v)
		iface := "export interface " + typ.Name() + " {"
		i := strings.Index(ts, iface)
		if i < 0 {
			t.Errorf("interface %s missing", typ.Name())
			continue
		}
		body := ts[i : i+strings.Index(ts[i:], "\n}")]
		for j := 0; j < typ.NumField(); j++ {
			name, opts, _ := strings.Cut(typ.Field(j).Tag.Get("json"), ",")
			sep := ": "
			if strings.Contains(opts, "omitempty") || typ.Field(j).Type.Kind() == reflect.Pointer {
				sep = "?: "
			}
			if !strings.Contains(body, "  "+name+sep) {
				t.Errorf("%s.%s (json %q%s) missing", typ.Name(), typ.Field(j).Name, name, sep)
			}
		}
	}
	if !strings.Contains(ts, "  reason: Reason;") || !strings.Contains(ts, "  stdout?: Mode;") {
		t.Error("union-typed fields not narrowed")
	}
	if strings.Contains(ts, "interface Recorder") {
		t.Error("Recorder is not part of the JSON")
	}
}

// TestEventRoundTrip encodes an event with every field set and decodes it
// back unchanged.
func TestEventRoundTrip(t *testing.T) {
	in := trace.Event{
		Seq: 3, Time: 1.25, Step: 99, Kind: trace.Exit, Span: &trace.Span{Line: 1, Col: 2, EndLine: 3, EndCol: 4},
		Depth: 2, Text: "t", Stream: "stdout", Data: "d\n", DataLen: 9000, Buffered: 5, Why: "line", Signal: "SIGTERM",
		Signum: 15, By: "schedule", Disposition: "terminate", Seconds: 0.5, Interrupted: true, Func: "f",
		Exception: "ValueError: x", Outcome: "raised", Mode: "pipe", Pid: 4242, Status: trace.Int(0),
		Returncode: trace.Int(-15), Reason: "signal",
	}
	v := reflect.ValueOf(in)
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).IsZero() && v.Type().Field(i).Name != "Seq" {
			t.Fatalf("field %s not set: the round trip would not cover it", v.Type().Field(i).Name)
		}
	}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out trace.Event
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip changed the event:\n%+v\n%+v", in, out)
	}
	if !strings.Contains(string(data), `"status":0`) {
		t.Errorf("status 0 must survive omitempty: %s", data)
	}
}
