package sim

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exitplay/exitplay/wasm/trace"
)

var updateTraces = flag.Bool("update-traces", false, "rewrite testdata/seed-traces from the current engine")

// renderTrace writes a trace as one line per event, the way a reader
// follows the story: time, step, depth, line, kind and the event's sentence.
func renderTrace(events []trace.Event) string {
	var b strings.Builder
	for _, e := range events {
		fmt.Fprintf(&b, "%7.3fs %5d %-12s %s%-18s %s\n", e.Time, e.Step, renderSpan(e.Span), strings.Repeat("  ", e.Depth), e.Kind, e.Text)
	}
	return b.String()
}

// renderSpan writes a span as L3 (the whole line), L3:4-9 (columns 4 to 9
// of line 3) or L3:4-5:2 (from line 3 column 4 to line 5 column 2).
func renderSpan(sp *trace.Span) string {
	switch {
	case sp == nil:
		return ""
	case sp.EndLine != sp.Line:
		return fmt.Sprintf("L%d:%d-%d:%d", sp.Line, sp.Col, sp.EndLine, sp.EndCol)
	case sp.Col == 0 && sp.EndCol == 0:
		return fmt.Sprintf("L%d", sp.Line)
	}
	return fmt.Sprintf("L%d:%d-%d", sp.Line, sp.Col, sp.EndCol)
}

// TestSeedTraces compares the trace of every example of the seed tutorial
// with a golden rendering that was reviewed by eye for telling the story a
// reader needs. Regenerate with -update-traces and review the diff.
func TestSeedTraces(t *testing.T) {
	paths, err := filepath.Glob("../conformance/testdata/seed/*.py")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed programs (err %v)", err)
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			code, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			req := Request{Code: string(code), Stdout: ModePipe}
			if stdin, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".stdin"); err == nil {
				req.Stdin = string(stdin)
			}
			got := renderTrace(Run(req).Trace)
			golden := filepath.Join("testdata", "seed-traces", name+".trace")
			if *updateTraces {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no golden (run go test ./wasm/sim -run TestSeedTraces -update-traces): %v", err)
			}
			if got != string(want) {
				t.Errorf("trace of %s changed; review with -update-traces and git diff\n got:\n%s\nwant:\n%s", name, got, want)
			}
		})
	}
}
