package system_test

import (
	"testing"

	"github.com/exitplay/exitplay/wasm/sim"
)

// Each case is a snippet with the output CPython 3.11.7 gives for it
// (recorded with `python3 main.py` on a pipe).
var moduleCases = []struct {
	name   string
	code   string
	stdout string
	stderr string
	status int
}{
	{"sys identity", `import sys
print(sys.platform, sys.maxsize, sys.version_info[:3], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.argv, sys.getrecursionlimit(), sys.flags.optimize, sys.stdout.isatty(), sys.stdout.fileno())
print(sys.stdout.line_buffering, sys.stderr.line_buffering, sys.stdout.mode, sys.stdin.name, sys.stdout.encoding)
`, "linux 9223372036854775807 (3, 11, 7) 3 True\n['main.py'] 1000 0 False 1\nFalse True w <stdin> utf-8\n", "", 0},
	{"exc_info", `import sys
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
`, "(None, None, None) None\nKeyError KeyError('k') True True\n", "", 0},
	{"setrecursionlimit", `import sys
sys.setrecursionlimit(50)
print(sys.getrecursionlimit())
sys.setrecursionlimit(0)
`, "50\n", "ValueError: recursion limit must be greater or equal than 1\n", 1},
	{"os basics", `import os
print(os.getpid() == os.getpid(), os.getppid() > 0, os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE)
print(os.WIFEXITED(3 << 8), os.WEXITSTATUS(3 << 8), os.WIFSIGNALED(15), os.WTERMSIG(15))
print(os.getenv("NOPE"), os.getenv("NOPE", "d"), os.path.join("a", "b", "/c", "d"), os.path.splitext("x/y.tar.gz"))
print(os.write(1, b"raw\n"))
print(os.strerror(2))
os.kill(12345, 15)
`, "raw\nTrue True 0 64 70\nTrue 3 True 15\nNone d /c/d ('x/y.tar', '.gz')\n4\nNo such file or directory\n", "ProcessLookupError: [Errno 3] No such process\n", 1},
	{"signal api", `import signal
print(signal.alarm(10), signal.alarm(5), signal.alarm(0), signal.alarm(0))
print(signal.getsignal(signal.SIGKILL), repr(signal.getsignal(signal.SIGXFSZ)), signal.strsignal(signal.SIGRTMIN))
for bad in (lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN), lambda: signal.getsignal(0),
            lambda: signal.signal(signal.SIGUSR1, 42), lambda: signal.raise_signal(99),
            lambda: signal.setitimer(5, 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
`, "0 10 5 0\n0 <Handlers.SIG_IGN: 1> Real-time signal 0\nOSError [Errno 22] Invalid argument\nValueError signal number out of range\n" +
		"TypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object\nOSError [Errno 22] Invalid argument\nitimer_error [Errno 22] Invalid argument\n", "", 0},
	{"atexit api", `import atexit
def f(): print("f")
print(atexit.register(f) is f, atexit._ncallbacks())
atexit.unregister(f)
print(atexit._ncallbacks())
atexit.register(print, "second")
atexit._clear()
atexit.register(print, "only")
try:
    atexit.register(1)
except TypeError as e:
    print(e)
`, "True 1\n1\nthe first argument must be callable\nonly\n", "", 0},
	{"time", `import time
t0, m0, n0 = time.time(), time.monotonic(), time.perf_counter_ns()
time.sleep(1.5)
print(round(time.time() - t0, 3), round(time.monotonic() - m0, 3), (time.perf_counter_ns() - n0) // 10**8)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
`, "1.5 1.5 15\nsleep length must be non-negative\n", "", 0},
	{"calendar", `import time
t = time.gmtime(1767225600.5)
print(t)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p %I %% %c", t), time.ctime(0))
print(time.strftime("%Y", time.localtime()), time.localtime().tm_zone)
`, "time.struct_time(tm_year=2026, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)\n" +
		"2026-01-01 00:00:00 Thu Jan 001 AM 12 % Thu Jan  1 00:00:00 2026 Thu Jan  1 00:00:00 1970\n2026 UTC\n", "", 0},
	{"exit closes stdin", `import sys
try:
    exit(3)
except SystemExit as e:
    print(e.code, sys.stdin.closed)
sys.stdin.read()
`, "3 True\n", "ValueError: I/O operation on closed file.\n", 1},
	{"tuple gotcha", `import sys
for code in [(5,), (), (1, 2), None]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(e.args, e.code)
sys.exit((5,))
`, "(5,) 5\n() None\n(1, 2) (1, 2)\n() None\n", "(5,)\n", 1},
	{"tuple normalized by finally", "import sys\ntry:\n    sys.exit((5,))\nfinally:\n    pass\n", "", "", 5},
	{"files", `with open("out.txt", "w") as f:
    f.write("one\ntwo\n")
with open("out.txt") as f:
    print(f.readlines())
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(e.errno, e.filename, e)
try:
    open("out.txt", "x")
except FileExistsError as e:
    print(e)
open("out.txt", "rb").read(1).decode()
`, "['one\\n', 'two\\n']\n2 missing.txt [Errno 2] No such file or directory: 'missing.txt'\n[Errno 17] File exists: 'out.txt'\n", "", 0},
	{"stdout without flush", `import sys
class W:
    def write(self, s):
        sys.__stdout__.write(s.upper())
sys.stdout = W()
print("hello")
`, "HELLO\n", "AttributeError: 'W' object has no attribute 'flush'\n", 120},
	{"held by atexit and signal", `import atexit, signal
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __call__(self, *a): print("called", self.n)
r = R("held by atexit")
atexit.register(r)
h = R("handler")
signal.signal(signal.SIGUSR1, h)
g = R("global")
del r, h
print("main end")
`, "main end\ncalled held by atexit\ndel held by atexit\ndel handler\ndel global\n", "", 0},
	{"dropped file is closed", `open("data.txt", "w").write("hello")
print(repr(open("data.txt").read()), type(open("data.txt")))
`, "'hello' <class '_io.TextIOWrapper'>\n", "", 0},
	{"weakref", `import weakref
class T:
    pass
a = T()
r = weakref.ref(a, lambda ref: print("callback, ref() is", ref()))
f = weakref.finalize(a, print, "finalized when a dies")
print(r() is a, f.alive)
del a
print(r(), f.alive)
`, "True True\nfinalized when a dies\ncallback, ref() is None\nNone False\n", "", 0},
	{"finalize", `import weakref
class T: pass
a = T()
f = weakref.finalize(a, print, "finalized")
print(f.alive, f.peek()[2])
print(f(), f.alive, f())
g = weakref.finalize(a, print, "at exit")
`, "True ('finalized',)\nfinalized\nNone False None\nat exit\n", "", 0},
}

func TestModules(t *testing.T) {
	for _, c := range moduleCases {
		t.Run(c.name, func(t *testing.T) {
			res := sim.Run(sim.Request{Code: c.code, Stdout: sim.ModePipe})
			stderr := res.Stderr
			if i := lastLine(stderr); c.stderr != "" && len(c.stderr) < len(stderr) && stderr[i:] == c.stderr {
				stderr = c.stderr // compare only the exception line of a traceback
			}
			if res.Stdout != c.stdout || stderr != c.stderr || res.Status != c.status {
				t.Errorf("stdout %q\nstderr %q\nstatus %d\nwant %q %q %d", res.Stdout, res.Stderr, res.Status, c.stdout, c.stderr, c.status)
			}
		})
	}
}

// lastLine returns the index where the last line of s starts.
func lastLine(s string) int {
	for i := len(s) - 2; i >= 0; i-- {
		if s[i] == '\n' {
			return i + 1
		}
	}
	return 0
}
