package vm_test

import (
	"encoding/json"

	_ "github.com/exitplay/exitplay/wasm/lib/stdlib"
	. "github.com/exitplay/exitplay/wasm/vm"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runProgram runs src as main.py on a MemHost and returns stdout, stderr
// and the exit status by the simple rule: 0 normal end, SystemExit's code,
// 1 for another uncaught exception (printed through sys.excepthook).
func runProgram(t testing.TB, src, stdin string) (stdout, stderr string, status int) {
	t.Helper()
	h := NewMemHost(stdin)
	h.MaxSteps = 5_000_000
	in := New(h, nil, Options{})
	defer in.Shutdown()
	out := in.RunSource("main.py", []byte(src))
	switch {
	case out.Syntax != nil:
		h.Stderr.WriteString(FormatSyntaxError(out.Syntax))
		status = 1
	case out.Internal != nil:
		t.Fatalf("internal error: %v", out.Internal)
	case out.Stop != nil:
		status = -1
	case out.Exc != nil:
		status = exitStatus(in, out.Exc)
	}
	return h.Stdout.String(), h.Stderr.String(), status
}

func exitStatus(in *Interpreter, e *Exception) int {
	t := in.Thread()
	if e.Class.IsSubtype(SystemExitType) {
		switch c := e.Attr("code").(type) {
		case NoneType:
			return 0
		case Int:
			return int(c) & 0xff
		default:
			s, _ := ToStr(t, c)
			write(t, "stderr", s+"\n")
			return 1
		}
	}
	var tb Value = None
	if e.Traceback != nil {
		tb = e.Traceback
	}
	if _, err := t.Call(DefaultExcepthook, e.Class, e, tb); err != nil {
		panic(err)
	}
	return 1
}

func write(t *Thread, stream, s string) {
	sys, err := t.Interp().Import(t, "sys")
	if err != nil {
		panic(err)
	}
	f, err := GetAttr(t, sys, stream)
	if err != nil {
		panic(err)
	}
	w, err := GetAttr(t, f, "write")
	if err != nil {
		panic(err)
	}
	if _, err := t.Call(w, Str(s)); err != nil {
		panic(err)
	}
}

type golden struct {
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
	Status int    `json:"status"`
}

func TestPrograms(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".golden")
			if err != nil {
				t.Fatalf("no golden: %v", err)
			}
			var want golden
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			stdout, stderr, status := runProgram(t, string(src), "")
			if stdout != want.Stdout {
				t.Errorf("stdout:\n got: %q\nwant: %q", stdout, want.Stdout)
			}
			if stderr != want.Stderr {
				t.Errorf("stderr:\n got:\n%s\nwant:\n%s", stderr, want.Stderr)
			}
			if status != want.Status {
				t.Errorf("status: got %d, want %d", status, want.Status)
			}
		})
	}
}
