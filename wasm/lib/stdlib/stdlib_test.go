package stdlib_test

import (
	"testing"

	_ "github.com/exitplay/exitplay/wasm/lib/stdlib"
	"github.com/exitplay/exitplay/wasm/vm"
)

// run runs src and returns its stdout, failing the test on any error.
func run(t *testing.T, src string) string {
	t.Helper()
	h := vm.NewMemHost("")
	in := vm.New(h, nil, vm.Options{})
	defer in.Shutdown()
	out := in.RunSource("main.py", []byte(src))
	if out.Exc != nil || out.Syntax != nil || out.Internal != nil || out.Stop != nil {
		t.Fatalf("run failed: %+v\n%s", out, h.Stderr.String())
	}
	return h.Stdout.String()
}

// TestRandomMatchesCPython checks the Mersenne Twister and CPython's
// seeding of ints (beyond 64 bits) and str against values CPython 3.11
// gives.
func TestRandomMatchesCPython(t *testing.T) {
	got := run(t, "import random\nrandom.seed(42); a = random.random()\nrandom.seed('exitplay'); b = random.random()\n"+
		"random.seed(2**100 + 7); c = random.getrandbits(70)\nprint(repr(a), repr(b), c)\n")
	want := "0.6394267984578837 0.0991892278617501 370455104258706617356\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPythonModules imports the modules written in Python and uses them.
func TestPythonModules(t *testing.T) {
	got := run(t, "import itertools, collections, string, keyword, gc\n"+
		"print(list(itertools.permutations('abc', 2))[:4], collections.Counter('banana').most_common(1))\n"+
		"print(string.digits, keyword.iskeyword('yield'), gc.isenabled())\n")
	want := "[('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c')] [('a', 3)]\n0123456789 True True\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
