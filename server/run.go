package server

import (
	"context"
	"fmt"
	"net/http"
	"time"
	"unicode/utf8"

	"github.com/exitplay/exitplay/wasm/sim"
)

// Bounds on what one request may ask the engine to do. They keep /api/run
// from being a way to burn server CPU or memory.
const (
	maxCodeBytes   = 32 << 10
	maxStdinBytes  = 16 << 10
	maxSignals     = 32
	maxTitleBytes  = 200
	maxRunSteps    = 5_000_000
	maxRunSeconds  = 60.0
	maxRunOutput   = 1 << 20
	maxRunMemory   = 64 << 20
	maxSignalAt    = 3600.0
	maxConcurrency = 4
	// maxRunWall bounds the real time of one run on the server, whatever
	// its budgets in steps and virtual time.
	maxRunWall = 5 * time.Second
)

// validateRequest checks a run or share request against the bounds above.
func validateRequest(code, stdin, stdout string, signals []sim.ScheduledSignal) error {
	switch {
	case len(code) > maxCodeBytes:
		return fmt.Errorf("code is larger than %d bytes", maxCodeBytes)
	case !utf8.ValidString(code):
		return fmt.Errorf("code is not valid UTF-8")
	case len(stdin) > maxStdinBytes:
		return fmt.Errorf("stdin is larger than %d bytes", maxStdinBytes)
	case len(signals) > maxSignals:
		return fmt.Errorf("at most %d scheduled signals", maxSignals)
	case stdout != "" && stdout != sim.ModeTTY && stdout != sim.ModePipe:
		return fmt.Errorf(`stdout must be "tty" or "pipe", not %q`, stdout)
	}
	for i, s := range signals {
		if s.Signal == "" {
			return fmt.Errorf("signals[%d]: no signal named", i)
		}
		if s.At < 0 || s.At > maxSignalAt || s.At != s.At {
			return fmt.Errorf("signals[%d]: time must be between 0 and %g seconds", i, maxSignalAt)
		}
	}
	return nil
}

// clampLimits keeps per-run budget overrides within the server's bounds.
func clampLimits(l *sim.Limits) (*sim.Limits, error) {
	if l == nil {
		return nil, nil
	}
	if l.Steps < 0 || l.Seconds < 0 || l.OutputBytes < 0 || l.MemoryBytes < 0 {
		return nil, fmt.Errorf("limits must not be negative")
	}
	if l.Steps > maxRunSteps || l.Seconds > maxRunSeconds || l.OutputBytes > maxRunOutput || l.MemoryBytes > maxRunMemory {
		return nil, fmt.Errorf("limits may be at most %d steps, %g s, %d output bytes, %d memory bytes",
			maxRunSteps, maxRunSeconds, maxRunOutput, maxRunMemory)
	}
	c := *l
	return &c, nil
}

// runSlots bounds how many engine runs the server does at once.
type runSlots chan struct{}

func (s runSlots) acquire(ctx context.Context) bool {
	select {
	case s <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

func (s runSlots) release() { <-s }

func (a *app) run(w http.ResponseWriter, r *http.Request) {
	var req sim.Request // the body of POST /api/run is the engine's request
	if status, err := decodeJSON(w, r, &req); err != nil {
		writeError(w, status, err.Error())
		return
	}
	if err := validateRequest(req.Code, req.Stdin, req.Stdout, req.Signals); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	limits, err := clampLimits(req.Limits)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	req.Limits = limits
	result, ran := a.runOnServer(r.Context(), req)
	if !ran {
		writeError(w, http.StatusServiceUnavailable, "the server is busy; try again")
		return
	}
	writeJSON(w, http.StatusOK, result)
}

// runOnServer runs a snippet once a run slot frees up, within maxRunWall
// of real time; ran is false if the request ended before a slot did.
func (a *app) runOnServer(ctx context.Context, req sim.Request) (result sim.Result, ran bool) {
	if !a.slots.acquire(ctx) {
		return result, false
	}
	defer a.slots.release()
	ctx, cancel := context.WithTimeout(ctx, maxRunWall)
	defer cancel()
	return sim.RunContext(ctx, req), true
}
