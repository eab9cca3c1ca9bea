package sim

import (
	"github.com/exitplay/exitplay/wasm/internal/printf"
	"github.com/exitplay/exitplay/wasm/process"
)

// Default budgets of a run (Limits fields left zero). The virtual-time
// budget is raised to one second after the last scheduled signal, so a
// schedule is always played out.
const (
	DefaultSteps       = process.DefaultMaxSteps
	DefaultSeconds     = float64(process.DefaultMaxTimeNS) / 1e9
	DefaultOutputBytes = process.DefaultMaxOutput
	// DefaultRecursion is sys.getrecursionlimit() at start.
	DefaultRecursion = 1000
)

// Upper bounds on what a request may ask for.
const (
	MaxSignals    = 64
	MaxSignalTime = 3600.0
	MaxCodeBytes  = 1 << 20
	MaxStdinBytes = 1 << 20
)

// CheckRequest reports the first problem that makes req impossible to run:
// an unknown stdout mode, an unknown signal, a negative or too late signal
// time, or oversized code or stdin. Run reports the same problems as an
// internal error; callers that accept user input check first.
func CheckRequest(req Request) error {
	if req.Stdout != "" && req.Stdout != ModeTTY && req.Stdout != ModePipe {
		return printf.Errorf("stdout mode %q: want %q or %q", req.Stdout, ModeTTY, ModePipe)
	}
	if len(req.Code) > MaxCodeBytes {
		return printf.Errorf("code is %d bytes; the limit is %d", len(req.Code), MaxCodeBytes)
	}
	if len(req.Stdin) > MaxStdinBytes {
		return printf.Errorf("stdin is %d bytes; the limit is %d", len(req.Stdin), MaxStdinBytes)
	}
	if len(req.Signals) > MaxSignals {
		return printf.Errorf("%d scheduled signals; the limit is %d", len(req.Signals), MaxSignals)
	}
	for _, s := range req.Signals {
		if _, err := process.ParseSignal(s.Signal); err != nil {
			return err
		}
		if !(s.At >= 0 && s.At <= MaxSignalTime) {
			return printf.Errorf("signal %s at %v s: the time must be between 0 and %v seconds", s.Signal, s.At, MaxSignalTime)
		}
	}
	return nil
}

// processConfig turns a checked request into the process configuration.
func processConfig(req Request, filename string) process.Config {
	cfg := process.Config{TTY: req.Stdout != ModePipe, Argv: []string{filename}, Stdin: req.Stdin}
	for _, s := range req.Signals {
		n, _ := process.ParseSignal(s.Signal)
		cfg.Signals = append(cfg.Signals, process.Scheduled{Signal: n, AtNS: process.Seconds(s.At)})
	}
	if l := req.Limits; l != nil {
		cfg.MaxSteps, cfg.MaxTimeNS, cfg.MaxOutput = l.Steps, process.Seconds(l.Seconds), l.OutputBytes
	}
	return cfg
}
