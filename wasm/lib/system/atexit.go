package system

import (
	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/trace"
	"github.com/exitplay/exitplay/wasm/vm"
)

func (h *Host) atexitModule(t *vm.Thread) (*vm.Module, error) {
	m := vm.NewModule("atexit")
	m.SetFunc("register", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if len(args) == 0 {
			return nil, typeError("register() takes at least 1 argument (0 given)")
		}
		if !callable(args[0]) {
			return nil, typeError("the first argument must be callable")
		}
		entry := process.AtexitEntry{Func: args[0], Args: vm.Tuple(append([]vm.Value(nil), args[1:]...)), Kwargs: kw}
		rec := h.P.Trace()
		if ev := rec.At(rec.EmitAt(trace.Event{Kind: trace.AtexitRegister, Func: callableName(args[0])})); ev != nil {
			entry.Span = ev.Span
		}
		h.P.Atexit.Register(entry)
		return args[0], nil
	})
	m.SetFunc("unregister", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("unregister", args, kw, 1, 1); err != nil {
			return nil, err
		}
		var cmpErr error
		n := h.P.Atexit.Unregister(func(f any) bool {
			eq, err := vm.Equal(t, f.(vm.Value), args[0])
			if err != nil && cmpErr == nil {
				cmpErr = err
			}
			return eq
		})
		if n > 0 {
			h.emit(trace.Event{Kind: trace.AtexitUnregister, Func: callableName(args[0])})
		}
		return vm.None, cmpErr
	})
	m.SetFunc("_run_exitfuncs", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("_run_exitfuncs", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return vm.None, h.runAtexit(t)
	})
	m.SetFunc("_clear", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("_clear", args, kw, 0, 0); err != nil {
			return nil, err
		}
		h.P.Atexit.Clear()
		return vm.None, nil
	})
	m.SetFunc("_ncallbacks", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("_ncallbacks", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return vm.Int(h.P.Atexit.Len()), nil
	})
	return m, nil
}

// runAtexit is atexit_callfuncs: every callback, newest first; an exception
// is reported as unraisable ("Exception ignored in atexit callback") and
// the next callback runs. Only a hard stop (os._exit, a fatal signal, a
// budget) ends the loop.
func (h *Host) runAtexit(t *vm.Thread) error {
	return h.P.Atexit.Run(func(e *process.AtexitEntry) error {
		fn := e.Func.(vm.Value)
		// The callback runs because of its registration: its events point
		// there.
		h.emit(trace.Event{Kind: trace.AtexitRun, Func: callableName(fn), Span: e.Span})
		kw, _ := e.Kwargs.([]vm.Kwarg)
		_, err := t.CallKw(fn, e.Args.(vm.Tuple), kw)
		if err == nil || isHardStop(err) {
			return err
		}
		h.emit(trace.Event{Kind: trace.AtexitError, Func: callableName(fn), Exception: excText(err), Span: e.Span})
		return h.writeUnraisable(t, err, "Exception ignored in atexit callback", fn)
	})
}
