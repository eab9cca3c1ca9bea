package system

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/vm"
)

// structSeq is a struct sequence such as sys.version_info or sys.flags: a
// tuple whose items are also named attributes.
type structSeq struct {
	tp    *vm.Type
	items vm.Tuple
}

func (s *structSeq) Type() *vm.Type { return s.tp }

// asTuple returns the items of a struct sequence, or v itself.
func asTuple(v vm.Value) vm.Value {
	if s, ok := v.(*structSeq); ok {
		return s.items
	}
	return v
}

// newStructSeqType returns the class of a struct sequence named
// module.name with the given fields.
func newStructSeqType(module, name string, fields []string) *vm.Type {
	getters := map[string]func(vm.Value) vm.Value{}
	for i, f := range fields {
		i := i
		getters[f] = func(v vm.Value) vm.Value { return v.(*structSeq).items[i] }
	}
	methods := map[string]vm.BuiltinFunc{
		"__repr__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			s := args[0].(*structSeq)
			parts := make([]string, len(fields))
			for i, f := range fields {
				r, err := vm.Repr(t, s.items[i])
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
			return vm.GetItem(t, args[0].(*structSeq).items, args[1])
		},
		"__iter__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Iterate(t, args[0].(*structSeq).items)
		},
		"__hash__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			h, err := vm.Hash(t, args[0].(*structSeq).items)
			return vm.Int(h), err
		},
	}
	for op, dunder := range map[vm.CmpOp]string{vm.CmpLt: "__lt__", vm.CmpLe: "__le__", vm.CmpEq: "__eq__", vm.CmpNe: "__ne__", vm.CmpGt: "__gt__", vm.CmpGe: "__ge__"} {
		op := op
		methods[dunder] = func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			other := asTuple(args[1])
			if _, ok := other.(vm.Tuple); !ok {
				return vm.NotImplemented, nil
			}
			return vm.Compare(t, op, args[0].(*structSeq).items, other)
		}
	}
	// Not a tuple subclass: the vm's tuple methods expect a vm.Tuple.
	return newType(name, module, nil, methods, getters)
}
