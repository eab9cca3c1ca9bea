package vm_test

import (
	"os"
	"path/filepath"
	"testing"

	. "github.com/exitplay/exitplay/wasm/vm"
)

// FuzzRun runs arbitrary source: the interpreter must never panic or hang
// (a step budget bounds every run) and must always report an outcome.
func FuzzRun(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, p := range files {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(string(src))
		}
	}
	f.Add("while True:\n    pass\n")
	f.Add("def f(): return f()\nf()\n")
	f.Fuzz(func(t *testing.T, src string) {
		h := NewMemHost("")
		h.MaxSteps = 20000
		in := New(h, nil, Options{})
		out := in.RunSource("fuzz.py", []byte(src))
		in.Shutdown()
		if out.Internal != nil {
			t.Fatalf("internal error on %q: %v", src, out.Internal)
		}
	})
}
