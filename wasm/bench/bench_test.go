package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exitplay/exitplay/wasm/sim"
)

// BenchmarkPrograms runs each benchmark program through the engine, the way
// the server and the CLI do.
func BenchmarkPrograms(b *testing.B) {
	paths, err := filepath.Glob("programs/*.py")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no programs (err %v)", err)
	}
	for _, path := range paths {
		code, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		req := sim.Request{Code: string(code), Stdout: sim.ModePipe, Filename: filepath.Base(path),
			Limits: &sim.Limits{Steps: 1 << 40, Seconds: 1e9}}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if res := sim.Run(req); res.Status != 0 {
					b.Fatalf("%s: %s (%s)\n%s", name, res.Reason, res.Explanation, res.Stderr)
				}
			}
		})
	}
}
