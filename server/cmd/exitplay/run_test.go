//go:build !js

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exitplay/exitplay/wasm/sim"
)

// runIn writes files into a temporary directory, runs `exitplay run` there
// with args and returns the exit code and both outputs.
func runIn(t *testing.T, files map[string]string, args ...string) (int, string, string) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var stdout, stderr bytes.Buffer
	code := runCommand(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestRunExitStatus(t *testing.T) {
	code, out, errOut := runIn(t, map[string]string{"x.py": "import sys\nprint('hi')\nsys.exit(3)\n"}, "x.py")
	if code != 3 || out != "hi\n" || errOut != "" {
		t.Errorf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestRunTracebackPath: tracebacks name the script by its absolute path,
// as `python3 dir/x.py` does in CPython 3.11.
func TestRunTracebackPath(t *testing.T) {
	code, _, errOut := runIn(t, map[string]string{"dir/x.py": "1/0\n"}, "--stdout", "pipe", "dir/x.py")
	want := "  File \"/"
	if code != 1 || !strings.Contains(errOut, want) || !strings.Contains(errOut, "/dir/x.py\", line 1, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n") {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
}

func TestRunSignalStdin(t *testing.T) {
	prog := "import time\nprint(input('name? '), flush=True)\nprint('buffered')\ntime.sleep(5)\n"
	code, out, _ := runIn(t, map[string]string{"p.py": prog, "in.txt": "Ada\n"},
		"--stdin", "in.txt", "--signal", "SIGTERM@1.5", "--stdout=pipe", "p.py")
	if code != 143 || out != "name? Ada\n" {
		t.Errorf("code %d, stdout %q", code, out)
	}
}

func TestRunStdinDash(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "p.py")
	os.WriteFile(script, []byte("print(input().upper())\n"), 0o644)
	var stdout, stderr bytes.Buffer
	if code := runCommand([]string{"--stdin", "-", script}, strings.NewReader("piped\n"), &stdout, &stderr); code != 0 || stdout.String() != "PIPED\n" {
		t.Errorf("code %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
}

func TestRunTraceFile(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "p.py")
	os.WriteFile(script, []byte("print('x')\n"), 0o644)
	traceFile := filepath.Join(dir, "t.json")
	var stdout, stderr bytes.Buffer
	if code := runCommand([]string{"--trace", traceFile, script}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("code %d: %s", code, stderr.String())
	}
	var res sim.Result
	data, _ := os.ReadFile(traceFile)
	if err := json.Unmarshal(data, &res); err != nil || res.Schema != sim.SchemaVersion || len(res.Trace) == 0 || res.Stdout != "x\n" {
		t.Errorf("trace file: %v %+v", err, res)
	}
}

func TestRunLimitAndUsage(t *testing.T) {
	code, _, errOut := runIn(t, map[string]string{"w.py": "import time\nwhile True:\n    time.sleep(1)\n"}, "w.py")
	if code != exitLimit || !strings.Contains(errOut, "exitplay: Stopped by the playground") {
		t.Errorf("limit: code %d, stderr %q", code, errOut)
	}
	for _, args := range [][]string{{}, {"--stdout", "file", "w.py"}, {"--signal", "TERM", "w.py"}, {"--signal", "NOPE@1", "w.py"}, {"a.py", "b.py"}, {"missing.py"}} {
		if code, _, _ := runIn(t, map[string]string{"w.py": "pass\n"}, args...); code != exitUsage {
			t.Errorf("%q: code %d, want %d", args, code, exitUsage)
		}
	}
}
