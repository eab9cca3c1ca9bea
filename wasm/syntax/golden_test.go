package syntax

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestGoldenAST compares our tree for each testdata/ast/*.py with the one
// CPython 3.11 produced (recorded by testdata/record.py).
func TestGoldenAST(t *testing.T) {
	files, err := filepath.Glob("testdata/ast/*.py")
	if err != nil || len(files) == 0 {
		t.Fatal("no golden files", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			wantJSON, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".json")
			if err != nil {
				t.Fatal(err)
			}
			mod, err := Parse(file, src)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			var want, got any
			if err := json.Unmarshal(wantJSON, &want); err != nil {
				t.Fatal(err)
			}
			gotJSON, err := json.Marshal(dump(mod))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(gotJSON, &got); err != nil {
				t.Fatal(err)
			}
			if d := firstDiff("", want, got); d != "" {
				t.Error(d)
			}
		})
	}
}

// firstDiff describes the first difference between two JSON values.
func firstDiff(path string, want, got any) string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return fmt.Sprintf("%s: want object %v, got %v", path, brief(w), brief(got))
		}
		if w["_type"] != g["_type"] {
			return fmt.Sprintf("%s: want %v, got %v", path, brief(w), brief(g))
		}
		p := fmt.Sprintf("%s/%v", path, w["_type"])
		for k, wv := range w {
			if k == "_loc" {
				continue
			}
			if d := firstDiff(p+"."+k, wv, g[k]); d != "" {
				return d
			}
		}
		for k := range g {
			if _, ok := w[k]; !ok {
				return fmt.Sprintf("%s: unexpected field %s", p, k)
			}
		}
		if !reflect.DeepEqual(w["_loc"], g["_loc"]) {
			return fmt.Sprintf("%s: span want %v, got %v", p, w["_loc"], g["_loc"])
		}
		return ""
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return fmt.Sprintf("%s: want %v, got %v", path, brief(w), brief(got))
		}
		for i := range w {
			if d := firstDiff(fmt.Sprintf("%s[%d]", path, i), w[i], g[i]); d != "" {
				return d
			}
		}
		return ""
	}
	if !reflect.DeepEqual(want, got) {
		return fmt.Sprintf("%s: want %v, got %v", path, brief(want), brief(got))
	}
	return ""
}

func brief(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 300 {
		b = append(b[:300], "..."...)
	}
	return string(b)
}
