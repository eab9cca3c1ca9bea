package conformance

import (
	"reflect"
	"testing"

	"github.com/exitplay/exitplay/wasm/sim"
)

func TestSignals(t *testing.T) {
	src := "# exitplay: signal SIGTERM@0.5\n#exitplay: signal INT@1\n# exitplay:   signal 10@2.25  \nimport time\n"
	got, err := Signals(src)
	if err != nil {
		t.Fatal(err)
	}
	want := []sim.ScheduledSignal{{Signal: "SIGTERM", At: 0.5}, {Signal: "INT", At: 1}, {Signal: "10", At: 2.25}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Signals = %v, want %v", got, want)
	}
}

func TestSignalsNone(t *testing.T) {
	got, err := Signals("# an ordinary comment\nprint('exitplay: signal SIGTERM@1')\n")
	if err != nil || got != nil {
		t.Errorf("Signals = %v, %v; want nil, nil", got, err)
	}
}

func TestSignalsErrors(t *testing.T) {
	for _, tc := range []struct {
		src, want string
	}{
		{"\n# exitplay: stdin hello\n", `line 2: unknown directive "stdin"`},
		{"# exitplay: signal SIGTERM\n", `line 1: want signal NAME@SECONDS, got "SIGTERM"`},
		{"# exitplay: signal sigterm@1\n", `line 1: want signal NAME@SECONDS, got "sigterm@1"`},
		{"# exitplay: signal TERM@soon\n", `line 1: bad time "soon"`},
		{"# exitplay: signal TERM@-1\n", `line 1: bad time "-1"`},
	} {
		_, err := Signals(tc.src)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Signals(%q) error = %v, want %s", tc.src, err, tc.want)
		}
	}
}
