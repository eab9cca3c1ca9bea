package system

import (
	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/trace"
	"github.com/exitplay/exitplay/wasm/vm"
)

// monotonicBase is what time.monotonic() returns at process start: the
// simulated machine has been up for a while.
const monotonicBase = 1000.0

func (h *Host) timeModule(t *vm.Thread) (*vm.Module, error) {
	m := vm.NewModule("time")
	clock := &h.P.Clock
	floats := map[string]func() float64{
		"time":         func() float64 { return process.Epoch + clock.Now() },
		"monotonic":    func() float64 { return monotonicBase + clock.Now() },
		"perf_counter": func() float64 { return monotonicBase + clock.Now() },
		"process_time": func() float64 { return float64(clock.Steps()*process.StepCostNS) / 1e9 },
	}
	for name, f := range floats {
		f := f
		name := name
		m.SetFunc(name, func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if err := arity(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return vm.Float(f()), nil
		})
		m.SetFunc(name+"_ns", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if err := arity(name+"_ns", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return vm.Int(int64(f()*1e9 + 0.5)), nil
		})
	}
	m.SetFunc("sleep", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := noKwargs("sleep", kw); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, typeError("time.sleep() takes exactly one argument (%d given)", len(args))
		}
		secs, err := toSeconds(t, args[0])
		if err != nil {
			return nil, err
		}
		if secs < 0 {
			return nil, valueError("sleep length must be non-negative")
		}
		return vm.None, h.sleep(t, secs, sleepWhat(t, args[0]))
	})
	h.addCalendar(m)
	return m, nil
}

// sleep is time.sleep with PEP 475: a signal whose handler returns lets
// the sleep go on for the remaining time; a handler that raises ends it.
func (h *Host) sleep(t *vm.Thread, secs float64, what string) error {
	start := h.P.Clock.NowNS()
	deadline := start + process.Seconds(secs)
	h.emit(trace.Event{Kind: trace.SleepStart, Seconds: secs})
	for {
		interrupted, err := h.P.SleepUntil(deadline, what)
		if err != nil {
			return h.pyErr(err)
		}
		if !interrupted {
			break
		}
		if err := h.runHandlers(t); err != nil {
			h.emit(trace.Event{Kind: trace.SleepEnd, Seconds: float64(h.P.Clock.NowNS()-start) / 1e9, Interrupted: true})
			return err
		}
	}
	h.emit(trace.Event{Kind: trace.SleepEnd, Seconds: float64(h.P.Clock.NowNS()-start) / 1e9})
	return nil
}
