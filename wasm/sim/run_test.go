package sim

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/exitplay/exitplay/wasm/trace"
)

type runCase struct {
	name   string
	req    Request
	status int
	reason string
	stdout string
	stderr string // a substring of stderr ("" means stderr must be empty)
}

var runCases = []runCase{
	{"fall off the end", Request{Code: "print('hi')\n"}, 0, ReasonNormal, "hi\n", ""},
	{"sys.exit int", Request{Code: "import sys\nsys.exit(3)\n"}, 3, ReasonSystemExit, "", ""},
	{"sys.exit masked", Request{Code: "import sys\nsys.exit(256)\n"}, 0, ReasonSystemExit, "", ""},
	{"sys.exit str", Request{Code: "import sys\nsys.exit('bye')\n"}, 1, ReasonSystemExit, "", "bye\n"},
	{"exit builtin", Request{Code: "print('a')\nexit(4)\nprint('b')\n"}, 4, ReasonSystemExit, "a\n", ""},
	{"unhandled", Request{Code: "def f():\n    raise ValueError('boom')\nf()\n"}, 1, ReasonException, "",
		"Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n    f()\n  File \"main.py\", line 2, in f\n    raise ValueError('boom')\nValueError: boom\n"},
	{"keyboard interrupt", Request{Code: "raise KeyboardInterrupt\n"}, 130, ReasonSignal, "", "KeyboardInterrupt\n"},
	{"os._exit loses pipe buffer", Request{Code: "import os\nprint('lost')\nos._exit(5)\n", Stdout: ModePipe}, 5, ReasonOSExit, "", ""},
	{"os._exit keeps tty lines", Request{Code: "import os\nprint('kept')\nos._exit(5)\n", Stdout: ModeTTY}, 5, ReasonOSExit, "kept\n", ""},
	{"sigterm while sleeping", Request{Code: "import time\nprint('sleeping', flush=True)\ntry:\n    time.sleep(10)\nfinally:\n    print('never')\n",
		Signals: []ScheduledSignal{{Signal: "SIGTERM", At: 0.5}}, Stdout: ModePipe}, 143, ReasonSignal, "sleeping\n", ""},
	{"handler then exit", Request{Code: "import signal, sys, time\ndef h(n, f):\n    print('got', n)\n    sys.exit(0)\nsignal.signal(signal.SIGTERM, h)\ntime.sleep(5)\n",
		Signals: []ScheduledSignal{{Signal: "TERM", At: 1}}}, 0, ReasonSystemExit, "got 15\n", ""},
	{"sleep forever", Request{Code: "import time\nwhile True:\n    time.sleep(1)\n"}, -1, ReasonLimit, "", ""},
	{"atexit order", Request{Code: "import atexit\ndef cb(*a, **k): print('cb', a, k)\natexit.register(cb, 1)\natexit.register(cb, 2, key='v')\nprint('main end')\n"},
		0, ReasonNormal, "main end\ncb (2,) {'key': 'v'}\ncb (1,) {}\n", ""},
	{"syntax error", Request{Code: "x = (1,\n"}, 1, ReasonSyntaxError, "", "SyntaxError: '(' was never closed\n"},
}

func TestRun(t *testing.T) {
	for _, c := range runCases {
		t.Run(c.name, func(t *testing.T) {
			res := Run(c.req)
			if res.Status != c.status || res.Reason != c.reason || res.Stdout != c.stdout {
				t.Errorf("status %d reason %s stdout %q; want %d %s %q\nstderr: %s\nexplanation: %s",
					res.Status, res.Reason, res.Stdout, c.status, c.reason, c.stdout, res.Stderr, res.Explanation)
			}
			if (c.stderr == "") != (res.Stderr == "") || !strings.Contains(res.Stderr, c.stderr) {
				t.Errorf("stderr %q, want it to contain %q", res.Stderr, c.stderr)
			}
			if res.Explanation == "" || len(res.Trace) < 2 || res.Trace[0].Kind != trace.ProcessStart || res.Trace[len(res.Trace)-1].Kind != trace.Exit {
				t.Errorf("explanation %q, trace of %d events", res.Explanation, len(res.Trace))
			}
		})
	}
}

// TestLostOutput: the explanation and Lost name what os._exit discarded.
func TestLostOutput(t *testing.T) {
	res := Run(Request{Code: "import os\nprint('twelve bytes')\nos._exit(0)\n", Stdout: ModePipe})
	if len(res.Lost) != 1 || res.Lost[0].Stream != "stdout" || res.Lost[0].Text != "twelve bytes\n" {
		t.Errorf("lost %+v", res.Lost)
	}
	if !strings.Contains(res.Explanation, "13 bytes still in stdout's buffer were lost") {
		t.Errorf("explanation %q", res.Explanation)
	}
}

// TestDeterministic: identical requests give byte-identical results.
func TestDeterministic(t *testing.T) {
	req := Request{Code: "import time, signal\nsignal.signal(signal.SIGUSR1, lambda n, f: print('usr1', time.time()))\nfor i in range(3):\n    print(i, time.monotonic())\ntime.sleep(2)\n",
		Signals: []ScheduledSignal{{Signal: "USR1", At: 1}}, Stdout: ModePipe}
	a, _ := json.Marshal(Run(req))
	b, _ := json.Marshal(Run(req))
	if string(a) != string(b) {
		t.Errorf("two runs differ:\n%s\n%s", a, b)
	}
}

func TestCheckRequest(t *testing.T) {
	bad := []Request{
		{Stdout: "file"},
		{Signals: []ScheduledSignal{{Signal: "SIGNOPE", At: 1}}},
		{Signals: []ScheduledSignal{{Signal: "TERM", At: -1}}},
	}
	for _, r := range bad {
		if CheckRequest(r) == nil {
			t.Errorf("accepted %+v", r)
		}
		if res := Run(r); res.Reason != ReasonInternalError || res.Status != -1 {
			t.Errorf("Run(%+v) = %s", r, res.Reason)
		}
	}
}

// BenchmarkSeedExample runs a tutorial example end to end, with its trace.
func BenchmarkSeedExample(b *testing.B) {
	benchmarkRun(b, true)
}

// BenchmarkSeedExampleNoTrace is the same run without recording the trace,
// to measure the recorder's cost.
func BenchmarkSeedExampleNoTrace(b *testing.B) {
	benchmarkRun(b, false)
}

const seedExample = `import atexit
import signal
import sys
import time

def cleanup():
    print("Performing cleanup...")

atexit.register(cleanup)

def handle_exit(signum, frame):
    print(f"Received signal {signum}, exiting...")
    sys.exit(0)

signal.signal(signal.SIGTERM, handle_exit)
print("Program is running...")
for i in range(100):
    total = sum(range(i))
time.sleep(2)
`

func benchmarkRun(b *testing.B, traced bool) {
	req := Request{Code: seedExample, Signals: []ScheduledSignal{{Signal: "SIGTERM", At: 1}}, Stdout: ModePipe}
	if res := run(req, traced, nil); res.Status != 0 || !strings.Contains(res.Stdout, "Received signal 15") {
		b.Fatalf("unexpected result %d %q %q", res.Status, res.Stdout, res.Stderr)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		run(req, traced, nil)
	}
}

// TestTraceDoesNotChangeTheRun: recording the trace never changes what the
// program sees, down to the addresses in default reprs.
func TestTraceDoesNotChangeTheRun(t *testing.T) {
	req := Request{Code: `import atexit, signal, sys
class C: pass
def h(n, f): print("handler", C())
signal.signal(signal.SIGUSR1, h)
atexit.register(lambda: print("atexit", C()))
signal.raise_signal(signal.SIGUSR1)
print(C(), object())
sys.exit(C())
`, Stdout: ModePipe}
	a, b := run(req, true, nil), run(req, false, nil)
	if a.Stdout != b.Stdout || a.Stderr != b.Stderr || a.Status != b.Status || len(b.Trace) != 0 {
		t.Errorf("traced run:\n%s%s\nuntraced run:\n%s%s", a.Stdout, a.Stderr, b.Stdout, b.Stderr)
	}
}

// TestMemoryLimit: Limits.MemoryBytes bounds the objects a program builds.
func TestMemoryLimit(t *testing.T) {
	code := "try:\n    s = 'x' * 5000\n    print('built')\nexcept MemoryError:\n    print('MemoryError')\n"
	if res := Run(Request{Code: code, Limits: &Limits{MemoryBytes: 1000}}); res.Stdout != "MemoryError\n" {
		t.Errorf("small budget: %q %q", res.Stdout, res.Stderr)
	}
	if res := Run(Request{Code: code}); res.Stdout != "built\n" {
		t.Errorf("default budget: %q %q", res.Stdout, res.Stderr)
	}
}

// TestDeterministicShutdown: generators left suspended at shutdown are
// closed in CPython's order, the same in every run.
func TestDeterministicShutdown(t *testing.T) {
	req := Request{Code: `def gen(name):
    try:
        yield name
    finally:
        print("closing", name)
def hold():
    a, b, c = gen("a"), gen("b"), gen("c")
    next(a), next(b), next(c)
    return [a, b, c]
keep = hold()
lost = [gen("x"), gen("y")]
for g in lost:
    next(g)
lost = None
print("end")
`, Stdout: ModePipe}
	first := Run(req)
	for i := 0; i < 10; i++ {
		if res := Run(req); res.Stdout != first.Stdout {
			t.Fatalf("runs differ:\n%s\n%s", first.Stdout, res.Stdout)
		}
	}
	// As CPython 3.11.7 prints it: x when the loop variable moves on, y
	// when g is dropped at teardown, then keep's list from its end.
	if want := "closing x\nend\nclosing y\nclosing c\nclosing b\nclosing a\n"; first.Stdout != want {
		t.Errorf("stdout %q, want %q", first.Stdout, want)
	}
}

// TestRunContextStopsAtTheHostsDeadline checks that a host can bound real
// time: a run whose context is already done stops as a limit at once.
func TestRunContextStopsAtTheHostsDeadline(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res := RunContext(ctx, Request{Code: "while True:\n    pass\n", Limits: &Limits{Steps: 1 << 40, Seconds: 1e6}})
	if res.Reason != ReasonLimit || !strings.Contains(res.Explanation, "real time") {
		t.Fatalf("reason %q, explanation %q", res.Reason, res.Explanation)
	}
	if res := RunContext(context.Background(), Request{Code: "print(1)\n", Stdout: ModePipe}); res.Stdout != "1\n" {
		t.Fatalf("a run within the deadline changed: %+v", res)
	}
}

// TestLoopsInsideBuiltinsEndAtTheBudget checks that iteration done by
// built-ins and generator expressions is charged: each program would run
// for minutes, and must instead stop at the run's step budget.
func TestLoopsInsideBuiltinsEndAtTheBudget(t *testing.T) {
	for _, code := range []string{
		"print(sum(range(10**10)))\n",
		"print(all(range(1, 10**10)))\n",
		"print(any(x < 0 for x in range(10**10)))\n",
	} {
		res := Run(Request{Code: code, Stdout: ModePipe, Limits: &Limits{Steps: 50_000}})
		if res.Reason != ReasonLimit || !strings.Contains(res.Explanation, "steps") {
			t.Errorf("%q: reason %q, explanation %q", code, res.Reason, res.Explanation)
		}
	}
}
