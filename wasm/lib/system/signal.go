package system

import (
	"math"

	"github.com/exitplay/exitplay/wasm/internal/printf"
	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/trace"
	"github.com/exitplay/exitplay/wasm/vm"
)

// newSignalEnums returns signal.Signals and signal.Handlers.
func newSignalEnums() (signals, handlers *enum) {
	names, nums := process.NamedSignals()
	return newEnum("signal", "Signals", names, nums),
		newEnum("signal", "Handlers", []string{"SIG_DFL", "SIG_IGN"}, []int{0, 1})
}

// itimerError is signal.ItimerError (its __name__ is "itimer_error").
var itimerError = newExcType("itimer_error", "signal", vm.OSErrorType)

// signum reads a signal-number argument and checks its range.
func signum(t *vm.Thread, v vm.Value) (int, error) {
	n, err := toInt(t, v)
	if err != nil {
		return 0, err
	}
	if n < 1 || n >= process.NSIG {
		return 0, valueError("signal number out of range")
	}
	return n, nil
}

// callable reports whether v can be called.
func callable(v vm.Value) bool {
	switch v.(type) {
	case *vm.Function, *vm.Builtin, *vm.BoundMethod, *vm.Type:
		return true
	}
	return v.Type().Lookup("__call__") != nil
}

// handlerValue is the value _signal reports for a disposition: 0 for
// SIG_DFL, 1 for SIG_IGN (signal.py turns them into Handlers members), or
// the handler.
func handlerValue(d process.Disposition) vm.Value {
	switch d.Kind {
	case process.DispIgnore:
		return vm.Int(1)
	case process.DispHandler:
		return d.Handler.(vm.Value)
	}
	return vm.Int(0)
}

// disposition reads a handler argument of signal.signal.
func (h *Host) disposition(t *vm.Thread, v vm.Value) (process.Disposition, error) {
	if n, ok, _ := vm.Index(t, v); ok && !callable(v) && (n == 0 || n == 1) {
		if n == 1 {
			return process.Disposition{Kind: process.DispIgnore}, nil
		}
		return process.Disposition{}, nil
	}
	if !callable(v) {
		return process.Disposition{}, typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	return process.Disposition{Kind: process.DispHandler, Handler: v, Builtin: v == vm.Value(h.defaultIntHandler)}, nil
}

// signalModule is _signal, the Go half of the signal module: ints in and
// out, plus the Signals and Handlers enums and their members.
func (h *Host) signalModule(t *vm.Thread) (*vm.Module, error) {
	m := vm.NewModule("_signal")
	h.signalsEnum, h.handlersEnum = newSignalEnums()
	for _, e := range []*enum{h.signalsEnum, h.handlersEnum} {
		m.SetAttr(e.cls.Name, e.cls)
		for _, mem := range e.members {
			m.SetAttr(string(attr(mem, "_name_").(vm.Str)), mem)
		}
	}
	for name, mem := range h.signalsEnum.byName {
		m.SetAttr(name, mem)
	}
	m.SetAttr("NSIG", vm.Int(process.NSIG))
	m.SetAttr("ITIMER_REAL", vm.Int(process.ITimerReal))
	m.SetAttr("ITIMER_VIRTUAL", vm.Int(process.ITimerVirtual))
	m.SetAttr("ITIMER_PROF", vm.Int(process.ITimerProf))
	m.SetAttr("ItimerError", itimerError)
	m.SetAttr("default_int_handler", h.defaultIntHandler)

	m.SetFunc("signal", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("signal", args, kw, 2, 2); err != nil {
			return nil, err
		}
		sig, err := signum(t, args[0])
		if err != nil {
			return nil, err
		}
		d, err := h.disposition(t, args[1])
		if err != nil {
			return nil, err
		}
		if !process.CanCatch(sig) {
			return nil, vm.NewOSError(process.EINVAL, process.Strerror(process.EINVAL), nil)
		}
		name := ""
		if d.Kind == process.DispHandler {
			name = callableName(args[1])
		}
		return handlerValue(h.P.Install(sig, d, name)), nil
	})
	m.SetFunc("getsignal", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("getsignal", args, kw, 1, 1); err != nil {
			return nil, err
		}
		sig, err := signum(t, args[0])
		if err != nil {
			return nil, err
		}
		return handlerValue(h.P.Disposition(sig)), nil
	})
	m.SetFunc("strsignal", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("strsignal", args, kw, 1, 1); err != nil {
			return nil, err
		}
		sig, err := signum(t, args[0])
		if err != nil {
			return nil, err
		}
		if info, ok := process.Signal(sig); ok {
			return vm.Str(info.Text), nil
		}
		return vm.None, nil
	})
	m.SetFunc("valid_signals", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("valid_signals", args, kw, 0, 0); err != nil {
			return nil, err
		}
		s := vm.NewSet()
		for n := 1; n < process.NSIG; n++ {
			if process.ValidSignal(n) {
				if err := s.Add(t, vm.Int(n)); err != nil {
					return nil, err
				}
			}
		}
		return s, nil
	})
	kill := func(by string) vm.BuiltinFunc {
		return func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if err := arity("raise_signal", args, kw, 1, 1); err != nil {
				return nil, err
			}
			sig, err := toInt(t, args[0])
			if err != nil {
				return nil, err
			}
			if err := h.pyErr(h.P.Kill(sig, by)); err != nil {
				return nil, err
			}
			return vm.None, h.runHandlers(t)
		}
	}
	m.SetFunc("raise_signal", kill("signal.raise_signal"))
	m.SetFunc("_to_enum", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("_to_enum", args, kw, 2, 2); err != nil {
			return nil, err
		}
		n, isInt := args[0].(vm.Int)
		for _, e := range []*enum{h.signalsEnum, h.handlersEnum} {
			if isInt && args[1] == vm.Value(e.cls) {
				return e.member(int(n)), nil
			}
		}
		return args[0], nil
	})
	m.SetFunc("_member", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		for _, e := range []*enum{h.signalsEnum, h.handlersEnum} {
			if len(args) == 2 && args[0] == vm.Value(e.cls) {
				return e.lookup(t, args[1])
			}
		}
		return nil, typeError("_member() expects an enum class of the signal module and a value")
	})
	// The enums' __new__ and __hash__ are Python functions from signal.py:
	// the interpreter constructs and hashes instances only through those.
	m.SetFunc("_set_enum_methods", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("_set_enum_methods", args, kw, 2, 2); err != nil {
			return nil, err
		}
		for _, e := range []*enum{h.signalsEnum, h.handlersEnum} {
			e.cls.Dict.SetStr("__new__", args[0])
			e.cls.Dict.SetStr("__hash__", args[1])
		}
		return vm.None, nil
	})
	m.SetFunc("alarm", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("alarm", args, kw, 1, 1); err != nil {
			return nil, err
		}
		secs, err := toInt(t, args[0])
		if err != nil {
			return nil, err
		}
		return vm.Int(h.P.Alarm(int64(max(secs, 0)))), nil
	})
	m.SetFunc("pause", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("pause", args, kw, 0, 0); err != nil {
			return nil, err
		}
		start := h.P.Clock.NowNS()
		h.emit(trace.Event{Kind: trace.SleepStart, Text: "signal.pause()"})
		if _, err := h.P.SleepUntil(math.MaxInt64, "signal.pause() was still waiting for a signal, and none was scheduled"); err != nil {
			return nil, h.pyErr(err)
		}
		h.emit(trace.Event{Kind: trace.SleepEnd, Seconds: float64(h.P.Clock.NowNS()-start) / 1e9, Interrupted: true})
		return vm.None, h.runHandlers(t)
	})
	m.SetFunc("setitimer", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("setitimer", args, kw, 2, 3); err != nil {
			return nil, err
		}
		which, err := toInt(t, args[0])
		if err != nil {
			return nil, err
		}
		secs, err := toSeconds(t, args[1])
		if err != nil {
			return nil, err
		}
		interval := 0.0
		if len(args) == 3 {
			if interval, err = toSeconds(t, args[2]); err != nil {
				return nil, err
			}
		}
		if which < 0 || which > 2 || secs < 0 || interval < 0 {
			return nil, vm.NewException(itimerError, vm.Int(process.EINVAL), vm.Str(process.Strerror(process.EINVAL)))
		}
		v, i := h.P.SetTimer(which, process.Seconds(secs), process.Seconds(interval), process.TimerName(which))
		return timerTuple(v, i), nil
	})
	m.SetFunc("getitimer", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("getitimer", args, kw, 1, 1); err != nil {
			return nil, err
		}
		which, err := toInt(t, args[0])
		if err != nil {
			return nil, err
		}
		if which < 0 || which > 2 {
			return nil, vm.NewException(itimerError, vm.Int(process.EINVAL), vm.Str(process.Strerror(process.EINVAL)))
		}
		return timerTuple(h.P.Timer(which)), nil
	})
	return m, nil
}

// timerTuple is setitimer's (delay, interval) in seconds, with the
// microsecond resolution of struct itimerval.
func timerTuple(value, interval int64) vm.Tuple {
	us := func(ns int64) vm.Value { return vm.Float(float64((ns+999)/1000) / 1e6) }
	return vm.Tuple{us(value), us(interval)}
}

// sleepWhat names a sleep for a limit explanation.
func sleepWhat(t *vm.Thread, arg vm.Value) string {
	return printf.Sprintf("time.sleep(%s) was still waiting", safeRepr(t, arg))
}
