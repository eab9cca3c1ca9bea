package vm_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	. "github.com/exitplay/exitplay/wasm/vm"
)

// FuzzRun runs arbitrary source: the interpreter must never panic or hang
// (a step budget bounds every run, and every step must be short) and must
// always report an outcome within a few seconds.
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
		done := make(chan Outcome, 1)
		go func() {
			h := NewMemHost("")
			h.MaxSteps = 20000
			in := New(h, nil, Options{})
			out := in.RunSource("fuzz.py", []byte(src))
			in.Shutdown()
			done <- out
		}()
		select {
		case out := <-done:
			if out.Internal != nil {
				t.Fatalf("internal error on %q: %v", src, out.Internal)
			}
		case <-time.After(3 * time.Second):
			t.Fatalf("no outcome after 3s (a step that does not tick?) on %q", src)
		}
	})
}
