package system

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/vm"
)

// A struct sequence such as sys.version_info or sys.flags is a tuple whose
// items are also named attributes. Here it is an instance whose dict holds
// the fields in order; its class gives it the tuple behaviour (indexing,
// iteration, comparison with tuples) and CPython's repr.

// structSeqType is the class of one kind of struct sequence.
type structSeqType struct {
	cls    *vm.Type
	fields []string
}

// new returns a struct sequence with the given items.
func (st *structSeqType) new(items ...vm.Value) *vm.Instance {
	s := &vm.Instance{Class: st.cls, Dict: vm.NewDict()}
	for i, f := range st.fields {
		s.Dict.SetStr(f, items[i])
	}
	return s
}

// items returns the fields of a struct sequence as a tuple, or nil when v
// is not one of this kind.
func (st *structSeqType) items(v vm.Value) vm.Tuple {
	s, ok := v.(*vm.Instance)
	if !ok || s.Class != st.cls {
		return nil
	}
	items := make(vm.Tuple, len(st.fields))
	for i, f := range st.fields {
		items[i], _ = s.Dict.GetStr(f)
	}
	return items
}

// newStructSeqType returns the class of a struct sequence named
// module.name with the given fields.
func newStructSeqType(module, name string, fields []string) *structSeqType {
	st := &structSeqType{fields: fields}
	methods := map[string]vm.BuiltinFunc{
		"__repr__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			items := st.items(args[0])
			parts := make([]string, len(fields))
			for i, f := range fields {
				r, err := vm.Repr(t, items[i])
				if err != nil {
					return nil, err
				}
				parts[i] = f + "=" + r
			}
			return vm.Str(module + "." + name + "(" + strings.Join(parts, ", ") + ")"), nil
		},
		"__len__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Int(len(fields)), nil
		},
		"__getitem__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.GetItem(t, st.items(args[0]), args[1])
		},
		"__iter__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Iterate(t, st.items(args[0]))
		},
	}
	for op, dunder := range map[vm.CmpOp]string{vm.CmpLt: "__lt__", vm.CmpLe: "__le__", vm.CmpEq: "__eq__", vm.CmpNe: "__ne__", vm.CmpGt: "__gt__", vm.CmpGe: "__ge__"} {
		op := op
		methods[dunder] = func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			other, ok := args[1].(vm.Tuple)
			if items := st.items(args[1]); items != nil {
				other, ok = items, true
			}
			if !ok {
				return vm.NotImplemented, nil
			}
			return vm.Compare(t, op, st.items(args[0]), other)
		}
	}
	// Not a tuple subclass: the vm's tuple methods expect a vm.Tuple.
	st.cls = newType(name, module, nil, methods, nil)
	return st
}
