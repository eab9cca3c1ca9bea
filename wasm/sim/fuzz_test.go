package sim

import (
	"testing"
)

// FuzzRun feeds the whole engine random programs, stdin and a signal: every
// input must end in a Result (never a panic, never a hang: the budgets stop
// it), and an internal error is a bug.
func FuzzRun(f *testing.F) {
	f.Add("import sys\nprint('x')\nsys.exit(3)\n", "", "SIGTERM", 0.5)
	f.Add("import signal, time\nsignal.signal(signal.SIGINT, lambda n, f: print(n))\ntime.sleep(2)\n", "", "SIGINT", 1.0)
	f.Add("name = input()\nprint(name.upper())\ninput()\n", "ada\n", "", 0.0)
	f.Add("import os, atexit\natexit.register(print, 'a')\nprint('lost', end='')\nos._exit(0)\n", "", "9", 0.1)
	f.Add("try:\n    raise ValueError('v')\nfinally:\n    print('f')\n", "", "SIGUSR1", 0.0)
	f.Add("while True:\n    pass\n", "", "SIGALRM", 0.2)
	f.Add("import os\nos.environ['A'] = 'b'\nprint(os.environ, os.getenv('A'))\ndel os.environ['HOME']\nos.environ[1]\n", "", "", 0.0)
	f.Add("def g(n):\n    try:\n        yield n\n    finally:\n        print(n)\nL = [g(1), g(2)]\nfor x in L: next(x)\nh = g(3); next(h)\n", "", "", 0.0)
	f.Fuzz(func(t *testing.T, code, stdin, signal string, at float64) {
		req := Request{Code: code, Stdin: stdin, Stdout: ModePipe,
			Limits: &Limits{Steps: 20_000, Seconds: 5, OutputBytes: 1 << 16, MemoryBytes: 16 << 20}}
		if signal != "" {
			req.Signals = []ScheduledSignal{{Signal: signal, At: at}}
		}
		if CheckRequest(req) != nil {
			return // the API rejects it before the engine sees it
		}
		res := Run(req)
		if res.Reason == ReasonInternalError {
			t.Fatalf("internal error: %s", res.Explanation)
		}
	})
}
