//go:build !js

package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/exitplay/exitplay/wasm/sim"
)

// Exit codes of `exitplay run` when the simulated program did not end the
// way a real process could (sim.ReasonLimit, sim.ReasonInternalError) or the
// command line was wrong. Every other run exits with the simulated status.
const (
	exitUsage    = 2
	exitLimit    = 125
	exitInternal = 70
)

// signalFlags collects repeated --signal SIG@SECONDS options.
type signalFlags []sim.ScheduledSignal

func (s *signalFlags) String() string { return fmt.Sprint(*s) }

func (s *signalFlags) Set(v string) error {
	name, at, ok := strings.Cut(v, "@")
	if !ok || name == "" {
		return errors.New("want SIG@SECONDS, e.g. SIGTERM@0.5")
	}
	secs, err := strconv.ParseFloat(at, 64)
	if err != nil || secs < 0 {
		return fmt.Errorf("bad time %q: want seconds ≥ 0", at)
	}
	*s = append(*s, sim.ScheduledSignal{Signal: name, At: secs})
	return nil
}

// runCommand is `exitplay run [--stdin FILE] [--signal SIG@SECONDS]...
// [--stdout tty|pipe] [--trace FILE.json] FILE.py`: it runs FILE.py in the
// simulated process, writes the simulated stdout and stderr to stdout and
// stderr in the order the program's output reached them, optionally saves
// the whole Result (with its trace) as JSON, and returns the simulated
// shell status. Tracebacks show the script's absolute path, as CPython
// 3.11 prints it.
func runCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("exitplay run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	stdinFile := fs.String("stdin", "", "`FILE` whose text the program reads on stdin, - for this command's stdin (default: empty, EOF at once)")
	mode := fs.String("stdout", "", "buffering mode: tty or pipe (default: tty if stdout is a terminal)")
	traceFile := fs.String("trace", "", "write the run's Result JSON, with its trace, to `FILE.json`")
	maxSteps := fs.Int64("max-steps", 0, "budget of executed steps (default: the playground's)")
	maxSeconds := fs.Float64("max-seconds", 0, "budget of virtual seconds (default: the playground's)")
	var signals signalFlags
	fs.Var(&signals, "signal", "send signal `SIG@SECONDS` (name or number) at that virtual time; repeatable")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: exitplay run [--stdin FILE] [--signal SIG@SECONDS]... [--stdout tty|pipe] [--trace FILE.json]\n"+
			"                   [--max-steps N] [--max-seconds S] FILE.py")
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "exit status: the simulated program's; %d when a playground limit stopped it, %d on an internal error\n", exitLimit, exitInternal)
	}
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return exitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) != 1 {
		fs.Usage()
		return exitUsage
	}
	if *mode == "" {
		*mode = sim.ModePipe
		if isTerminal(stdout) {
			*mode = sim.ModeTTY
		}
	}
	if *mode != sim.ModeTTY && *mode != sim.ModePipe {
		fmt.Fprintf(stderr, "exitplay run: --stdout must be tty or pipe, not %q\n", *mode)
		return exitUsage
	}
	code, err := os.ReadFile(files[0])
	if err != nil {
		fmt.Fprintln(stderr, "exitplay run:", err)
		return exitUsage
	}
	// CPython 3.11 runs a script under its absolute path: tracebacks and
	// __file__ show it whatever the command line said.
	filename, err := filepath.Abs(files[0])
	if err != nil {
		filename = files[0]
	}
	req := sim.Request{Code: string(code), Signals: signals, Stdout: *mode, Filename: filename}
	if *maxSteps != 0 || *maxSeconds != 0 {
		req.Limits = &sim.Limits{Steps: *maxSteps, Seconds: *maxSeconds}
	}
	if *stdinFile != "" {
		var text []byte
		var err error
		if *stdinFile == "-" && stdin != nil {
			text, err = io.ReadAll(stdin)
		} else {
			text, err = os.ReadFile(*stdinFile)
		}
		if err != nil {
			fmt.Fprintln(stderr, "exitplay run:", err)
			return exitUsage
		}
		req.Stdin = string(text)
	}
	if err := sim.CheckRequest(req); err != nil {
		fmt.Fprintln(stderr, "exitplay run:", err)
		return exitUsage
	}
	res := sim.Run(req)
	for _, c := range res.Terminal {
		w := stdout
		if c.Stream == "stderr" {
			w = stderr
		}
		io.WriteString(w, c.Text)
	}
	if *traceFile != "" {
		data, _ := json.MarshalIndent(res, "", "  ")
		if err := os.WriteFile(*traceFile, append(data, '\n'), 0o644); err != nil {
			fmt.Fprintln(stderr, "exitplay run:", err)
		}
	}
	switch res.Reason {
	case sim.ReasonLimit:
		fmt.Fprintln(stderr, "exitplay:", res.Explanation)
		return exitLimit
	case sim.ReasonInternalError:
		fmt.Fprintln(stderr, "exitplay:", res.Explanation)
		return exitInternal
	}
	return res.Status
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
