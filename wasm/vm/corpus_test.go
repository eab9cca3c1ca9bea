package vm_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var corpus = flag.String("corpus", "", "directory of conformance programs with .golden.json files to run (e.g. ../conformance/testdata/lang)")

// TestCorpus runs the shared conformance corpus against this package
// alone (no simulated process: unbuffered output, the simple exit rule),
// comparing pipe-mode stdout, stderr and status.
func TestCorpus(t *testing.T) {
	if *corpus == "" {
		t.Skip("pass -corpus DIR to run the conformance corpus")
	}
	files, _ := filepath.Glob(filepath.Join(*corpus, "*.py"))
	pass := 0
	for _, f := range files {
		base := strings.TrimSuffix(f, ".py")
		data, err := os.ReadFile(base + ".golden.json")
		if err != nil {
			continue
		}
		var g struct {
			Pipe struct {
				Stdout, Stderr string
				Status         int
			}
		}
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatal(err)
		}
		src, _ := os.ReadFile(f)
		stdin, _ := os.ReadFile(base + ".stdin")
		ok := t.Run(filepath.Base(base), func(t *testing.T) {
			stdout, stderr, status := runProgram(t, string(src), string(stdin))
			if stdout != g.Pipe.Stdout {
				t.Errorf("stdout:\n got: %q\nwant: %q", stdout, g.Pipe.Stdout)
			}
			if stderr != g.Pipe.Stderr {
				t.Errorf("stderr:\n got:\n%s\nwant:\n%s", stderr, g.Pipe.Stderr)
			}
			if status != g.Pipe.Status {
				t.Errorf("status: got %d, want %d", status, g.Pipe.Status)
			}
		})
		if ok {
			pass++
		}
	}
	t.Logf("corpus: %d/%d programs pass", pass, len(files))
}
