package system

import "github.com/exitplay/exitplay/wasm/vm"

// weakRef is a weakref.ref: it answers its object until the interpreter
// finds the object unreachable, then None, and calls its callback then.
// The interpreter does not look inside it, so it does not keep the object
// alive.
type weakRef struct {
	obj      vm.Value // nil once the object is gone
	callback vm.Value
}

// Type returns weakref.ReferenceType.
func (*weakRef) Type() *vm.Type { return weakRefType }

var weakRefType = newType("ReferenceType", "weakref", nil, map[string]vm.BuiltinFunc{
	"__call__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("weakref", args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		if obj := args[0].(*weakRef).obj; obj != nil {
			return obj, nil
		}
		return vm.None, nil
	},
}, nil)

// weakrefModule is _weakref: ref(obj[, callback]).
func (h *Host) weakrefModule(t *vm.Thread) (*vm.Module, error) {
	m := vm.NewModule("_weakref")
	m.SetAttr("ReferenceType", weakRefType)
	m.SetFunc("ref", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("ref", args, kw, 1, 2); err != nil {
			return nil, err
		}
		obj := args[0]
		switch obj.(type) {
		case *vm.Instance, *vm.Function, *vm.Type, *vm.Generator, *vm.BoundMethod:
		default:
			return nil, typeError("cannot create weak reference to '%s' object", obj.Type().Name)
		}
		r := &weakRef{obj: obj, callback: vm.None}
		if len(args) == 2 {
			r.callback = args[1]
		}
		h.watch(obj, r)
		return r, nil
	})
	return m, nil
}

// watch registers r to be cleared, and its callback called, when obj
// becomes unreachable; the callbacks of the references to one object run
// newest first, as in CPython.
func (h *Host) watch(obj vm.Value, r *weakRef) {
	if h.weakRefs == nil {
		h.weakRefs = map[vm.Value][]*weakRef{}
	}
	first := len(h.weakRefs[obj]) == 0
	h.weakRefs[obj] = append(h.weakRefs[obj], r)
	if !first {
		return
	}
	h.interp.OnRelease(obj, func(t *vm.Thread) error {
		refs := h.weakRefs[obj]
		delete(h.weakRefs, obj)
		for _, r := range refs {
			r.obj = nil
		}
		for i := len(refs) - 1; i >= 0; i-- {
			r := refs[i]
			if r.callback == vm.None {
				continue
			}
			if _, err := t.Call(r.callback, r); err != nil {
				if err := h.unraisable(t, err, r.callback); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
