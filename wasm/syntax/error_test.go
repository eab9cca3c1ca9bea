package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestErrorReports parses each testdata/errors/*.py and compares the
// report with what CPython 3.11 printed for it (recorded by
// testdata/record_errors.py).
func TestErrorReports(t *testing.T) {
	files, err := filepath.Glob("testdata/errors/*.py")
	if err != nil || len(files) == 0 {
		t.Fatal("no error cases", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".err")
			if err != nil {
				t.Fatal(err)
			}
			_, err = Parse("main.py", src)
			if err == nil {
				t.Fatalf("no error; CPython says:\n%s", want)
			}
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error is %T, not *Error", err)
			}
			if got := e.Report(); got != string(want) {
				t.Errorf("source:\n%s\ngot:\n%s\nwant:\n%s", src, got, want)
			}
		})
	}
}
