// Command compare times the benchmark programs as whole processes under
// CPython (python3) and under `exitplay run`, checks that both print the
// same thing, and reports per-program medians, the ratio to CPython and the
// geometric mean of the ratios.
//
//	go run ./wasm/bench/compare [-exitplay bin/exitplay] [-n 5] [programs...]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

func main() {
	exitplay := flag.String("exitplay", "bin/exitplay", "the exitplay binary")
	python := flag.String("python", "python3", "the CPython interpreter")
	runs := flag.Int("n", 5, "runs per program and interpreter (the median is reported)")
	flag.Parse()
	programs := flag.Args()
	if len(programs) == 0 {
		programs, _ = filepath.Glob("wasm/bench/programs/*.py")
	}
	if len(programs) == 0 {
		fmt.Fprintln(os.Stderr, "compare: no programs")
		os.Exit(2)
	}

	fmt.Printf("%-22s %12s %12s %8s\n", "program", "CPython", "exitplay", "ratio")
	var logSum float64
	var counted int
	failed := false
	for _, p := range programs {
		py, pyOut, err := median(*runs, *python, p)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: python3: %v\n", p, err)
			failed = true
			continue
		}
		// The benchmarks are long by the playground's standards: lift its
		// budgets so they measure speed, not the limits.
		ep, epOut, err := median(*runs, *exitplay, "run", "--stdout", "pipe", "--max-steps", "1000000000000", "--max-seconds", "1000000", p)
		name := filepath.Base(p)
		if err != nil {
			fmt.Printf("%-22s %12s %12s %8s  (%v)\n", name, py.Round(time.Millisecond), "failed", "-", err)
			failed = true
			continue
		}
		note := ""
		if !bytes.Equal(pyOut, epOut) {
			note = "  OUTPUT DIFFERS"
			failed = true
		}
		ratio := ep.Seconds() / py.Seconds()
		logSum += math.Log(ratio)
		counted++
		fmt.Printf("%-22s %12s %12s %7.2fx%s\n", name, py.Round(time.Millisecond), ep.Round(time.Millisecond), ratio, note)
	}
	if counted > 0 {
		fmt.Printf("%-22s %12s %12s %7.2fx  (geometric mean of %d programs)\n", "", "", "", math.Exp(logSum/float64(counted)), counted)
	}
	if failed {
		os.Exit(1)
	}
}

// median runs the command n times and returns the median wall time and the
// output of the last run. PYTHON* variables are removed so CPython buffers
// as it does by default.
func median(n int, name string, args ...string) (time.Duration, []byte, error) {
	var times []time.Duration
	var out []byte
	for i := 0; i < n; i++ {
		cmd := exec.Command(name, args...)
		cmd.Env = cleanEnv()
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			return 0, nil, fmt.Errorf("%v: %s", err, bytes.TrimSpace(stderr.Bytes()))
		}
		times = append(times, time.Since(start))
		out = stdout.Bytes()
	}
	slices.Sort(times)
	return times[len(times)/2], out, nil
}

func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PYTHON") {
			continue
		}
		env = append(env, kv)
	}
	return env
}
