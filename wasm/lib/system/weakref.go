package system

import (
	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/vm"
)

// finalizer is a weakref.finalize object. The interpreter has no reference
// counting, so a finalizer runs when called, or at exit if still alive;
// never when its object would have been collected earlier.
type finalizer struct {
	h      *Host
	obj    vm.Value
	fn     vm.Value
	args   vm.Tuple
	kw     []vm.Kwarg
	alive  bool
	atexit bool
}

// Type returns weakref.finalize.
func (*finalizer) Type() *vm.Type { return finalizeType }

var finalizeType = newType("finalize", "weakref", nil, map[string]vm.BuiltinFunc{
	"__call__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return args[0].(*finalizer).call(t)
	},
	"detach": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		f := args[0].(*finalizer)
		info := f.info()
		f.alive = false
		return info, nil
	},
	"peek": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return args[0].(*finalizer).info(), nil
	},
}, map[string]func(vm.Value) vm.Value{
	"alive": func(v vm.Value) vm.Value { return vm.Bool(v.(*finalizer).alive) },
})

func init() {
	finalizeType.Dict.SetStr("atexit", &vm.Property{
		Get: fn("atexit", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Bool(args[0].(*finalizer).atexit), nil
		}),
		Set: fn("atexit", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			b, err := vm.Truth(t, args[1])
			args[0].(*finalizer).atexit = b
			return vm.None, err
		}),
		Del: vm.None, Doc: vm.None,
	})
}

// info is (obj, func, args, kwargs) while alive, else None.
func (f *finalizer) info() vm.Value {
	if !f.alive {
		return vm.None
	}
	kwargs := vm.NewDict()
	for _, k := range f.kw {
		kwargs.SetStr(k.Name, k.Value)
	}
	return vm.Tuple{f.obj, f.fn, f.args, kwargs}
}

func (f *finalizer) call(t *vm.Thread) (vm.Value, error) {
	if !f.alive {
		return vm.None, nil
	}
	f.alive = false
	return t.CallKw(f.fn, f.args, f.kw)
}

func (h *Host) weakrefModule(t *vm.Thread) (*vm.Module, error) {
	m := vm.NewModule("weakref")
	m.SetFunc("finalize", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if len(args) < 2 {
			return nil, typeError("finalize.__init__() missing required positional argument")
		}
		f := &finalizer{h: h, obj: args[0], fn: args[1], args: append(vm.Tuple(nil), args[2:]...), kw: kw, alive: true, atexit: true}
		if !h.finalizeHooked {
			// The first finalize object registers finalize._exitfunc with
			// atexit, at that moment (Lib/weakref.py).
			h.finalizeHooked = true
			exitfunc := fn("_exitfunc", h.runFinalizers)
			exitfunc.Module = "weakref"
			h.P.Atexit.Register(process.AtexitEntry{Func: exitfunc, Args: vm.Tuple{}})
		}
		h.finalizers = append(h.finalizers, f)
		return f, nil
	})
	return m, nil
}

// runFinalizers is finalize._exitfunc: the live finalizers marked atexit,
// newest first; an exception goes to sys.excepthook and the rest still run.
func (h *Host) runFinalizers(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
	for i := len(h.finalizers) - 1; i >= 0; i-- {
		f := h.finalizers[i]
		if !f.alive || !f.atexit {
			continue
		}
		if _, err := f.call(t); err != nil {
			e, ok := err.(*vm.Exception)
			if !ok || !e.Class.IsSubtype(vm.ExceptionType) {
				return nil, err
			}
			if err := h.callExcepthook(t, e); err != nil {
				return nil, err
			}
		}
	}
	return vm.None, nil
}
