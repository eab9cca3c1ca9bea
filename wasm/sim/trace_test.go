package sim

import (
	"strings"
	"testing"

	"github.com/exitplay/exitplay/wasm/trace"
)

// kinds returns the trace's kinds, without the interpreter's call/return
// and write events, as one string.
func kinds(events []trace.Event) string {
	var ks []string
	for _, e := range events {
		switch e.Kind {
		case trace.Call, trace.Return, trace.Write:
			continue
		}
		ks = append(ks, string(e.Kind))
	}
	return strings.Join(ks, " ")
}

// TestTraceStory checks the events of a handler that exits while the
// program sleeps: the whole path from the scheduled signal to the exit.
func TestTraceStory(t *testing.T) {
	res := Run(Request{Code: `import signal, sys, time, atexit
atexit.register(print, "atexit")
signal.signal(signal.SIGTERM, lambda n, f: sys.exit(0))
print("pending")
try:
    time.sleep(5)
finally:
    print("finally")
`, Signals: []ScheduledSignal{{Signal: "SIGTERM", At: 1}}, Stdout: ModePipe})
	want := "process_start atexit_register handler_set sleep_start signal_sent signal_delivered handler_start raise unwind " +
		"handler_end sleep_end finally phase flush system_exit phase atexit_run phase flush phase phase phase exit"
	if got := kinds(res.Trace); got != want {
		t.Errorf("trace kinds\n got %s\nwant %s", got, want)
	}
	for _, e := range res.Trace {
		switch e.Kind {
		case trace.SignalSent:
			if e.By != "schedule" || e.Signal != "SIGTERM" || e.Time != 1 {
				t.Errorf("signal_sent %+v", e)
			}
		case trace.SleepEnd:
			if !e.Interrupted || e.Time != 1 {
				t.Errorf("sleep_end %+v", e)
			}
		case trace.Exit:
			if *e.Status != 0 || e.Reason != ReasonSystemExit {
				t.Errorf("exit %+v", e)
			}
		}
	}
}

// TestTraceLost: death by a signal records what each buffer lost, just
// before the exit.
func TestTraceLost(t *testing.T) {
	res := Run(Request{Code: "import os, signal\nprint('buffered')\nf = open('f.txt', 'w')\nf.write('unflushed')\nos.kill(os.getpid(), signal.SIGKILL)\n", Stdout: ModePipe})
	n := len(res.Trace)
	if n < 3 || res.Trace[n-3].Kind != trace.Lost || res.Trace[n-2].Kind != trace.Lost || res.Trace[n-1].Kind != trace.Exit {
		t.Fatalf("trace ends %s", kinds(res.Trace[max(0, n-4):]))
	}
	if a, b := res.Trace[n-3], res.Trace[n-2]; a.Stream != "stdout" || a.Data != "buffered\n" || b.Stream != "f.txt" || b.Data != "unflushed" {
		t.Errorf("lost events %+v %+v", a, b)
	}
	if res.Status != 137 || len(res.Files) != 1 || res.Files[0].Content != "" {
		t.Errorf("status %d files %+v", res.Status, res.Files)
	}
}

// TestProgramEventsHaveSpans checks that every event the program causes
// points into the script: the call that caused it, with its columns.
func TestProgramEventsHaveSpans(t *testing.T) {
	code := `import atexit, os, signal, time
def on_usr1(n, f):
    print("usr1")
signal.signal(signal.SIGUSR1, on_usr1)
os.kill(os.getpid(), signal.SIGUSR1)
signal.alarm(5)
signal.alarm(0)
atexit.register(print, "bye")
atexit.unregister(print)
atexit.register(print, "bye")
with open("f.txt", "w") as f:
    f.write("x")
name = input()
time.sleep(0.5)
raise SystemExit(3)
`
	res := Run(Request{Code: code, Stdin: "ann\n", Stdout: ModePipe})
	lines := strings.Split(code, "\n")
	shutdown := false
	seen := map[trace.Kind]bool{}
	for _, e := range res.Trace {
		if e.Kind == trace.Phase {
			shutdown = true
		}
		// Of the shutdown's own events only these come from the program.
		if e.Kind == trace.ProcessStart || shutdown && e.Kind != trace.AtexitRun && e.Kind != trace.SystemExit {
			continue
		}
		seen[e.Kind] = true
		if e.Span == nil {
			t.Errorf("%s event %q has no span", e.Kind, e.Text)
			continue
		}
		if e.Kind == trace.HandlerSet || e.Kind == trace.AtexitRun || e.Kind == trace.SleepStart {
			line := []rune(lines[e.Span.Line-1])
			if got := string(line[e.Span.Col:e.Span.EndCol]); !strings.HasPrefix(got, "signal.signal(") &&
				!strings.HasPrefix(got, "atexit.register(") && got != "time.sleep(0.5)" {
				t.Errorf("%s event spans %q", e.Kind, got)
			}
		}
	}
	for _, k := range []trace.Kind{trace.HandlerSet, trace.SignalSent, trace.SignalDelivered, trace.HandlerStart,
		trace.Alarm, trace.AtexitRegister, trace.AtexitUnregister, trace.FileOpen, trace.FileClose, trace.Input,
		trace.SleepStart, trace.SleepEnd, trace.AtexitRun, trace.SystemExit} {
		if !seen[k] {
			t.Errorf("no %s event", k)
		}
	}
}
