package system

import (
	"strconv"

	"github.com/exitplay/exitplay/wasm/internal/printf"
	"github.com/exitplay/exitplay/wasm/syntax"
	"github.com/exitplay/exitplay/wasm/vm"
)

// enum is an IntEnum made in Go, such as signal.Signals: a class whose
// members are instances carrying _name_ and _value_, comparing and hashing
// as their int value.
type enum struct {
	cls     *vm.Type
	members []*vm.Instance // canonical members, in definition order
	byValue map[int]*vm.Instance
	byName  map[string]*vm.Instance
}

// newEnum makes module.name with the given members; a later name with an
// earlier value is an alias of that member.
func newEnum(module, name string, names []string, values []int) *enum {
	e := &enum{byValue: map[int]*vm.Instance{}, byName: map[string]*vm.Instance{}}
	value := func(v vm.Value) vm.Value { return attr(v, "_value_") }
	methods := map[string]vm.BuiltinFunc{
		"__repr__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Str(printf.Sprintf("<%s.%s: %d>", name, string(attr(args[0], "_name_").(vm.Str)), int64(value(args[0]).(vm.Int)))), nil
		},
		"__str__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Str(strconv.FormatInt(int64(value(args[0]).(vm.Int)), 10)), nil
		},
		"__format__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			format, _ := t.Interp().Builtins().GetStr("format")
			return t.Call(format, value(args[0]), args[1])
		},
		"__int__":   func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) { return value(args[0]), nil },
		"__index__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) { return value(args[0]), nil },
		"__bool__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Bool(value(args[0]).(vm.Int) != 0), nil
		},
		"__class_getitem__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if s, ok := args[1].(vm.Str); ok {
				if m, ok := e.byName[string(s)]; ok {
					return m, nil
				}
			}
			return nil, vm.NewException(vm.KeyErrorType, args[1])
		},
	}
	for op, dunder := range map[vm.CmpOp]string{vm.CmpLt: "__lt__", vm.CmpLe: "__le__", vm.CmpEq: "__eq__", vm.CmpNe: "__ne__", vm.CmpGt: "__gt__", vm.CmpGe: "__ge__"} {
		op := op
		methods[dunder] = func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			other := args[1]
			if m, ok := other.(*vm.Instance); ok && m.Class == e.cls {
				other = value(m)
			}
			if _, ok := other.(vm.Int); !ok {
				if _, ok := other.(vm.Bool); !ok {
					return vm.NotImplemented, nil
				}
			}
			return vm.Compare(t, op, value(args[0]), other)
		}
	}
	for op, names := range map[syntax.Operator][2]string{
		syntax.Add: {"__add__", "__radd__"}, syntax.Sub: {"__sub__", "__rsub__"}, syntax.Mult: {"__mul__", "__rmul__"},
		syntax.Div: {"__truediv__", "__rtruediv__"}, syntax.FloorDiv: {"__floordiv__", "__rfloordiv__"},
		syntax.Mod: {"__mod__", "__rmod__"}, syntax.Pow: {"__pow__", "__rpow__"},
		syntax.BitOr: {"__or__", "__ror__"}, syntax.BitAnd: {"__and__", "__rand__"}, syntax.BitXor: {"__xor__", "__rxor__"},
		syntax.LShift: {"__lshift__", "__rlshift__"}, syntax.RShift: {"__rshift__", "__rrshift__"},
	} {
		op := op
		methods[names[0]] = func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Binary(t, op, value(args[0]), intValue(args[1]))
		}
		methods[names[1]] = func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Binary(t, op, intValue(args[1]), value(args[0]))
		}
	}
	e.cls = newType(name, module, []*vm.Type{vm.IntType}, methods, map[string]func(vm.Value) vm.Value{
		"name":  func(v vm.Value) vm.Value { return attr(v, "_name_") },
		"value": value,
	})
	for i, n := range names {
		if m, alias := e.byValue[values[i]]; alias {
			e.byName[n] = m
			e.cls.Dict.SetStr(n, m)
			continue
		}
		m := &vm.Instance{Class: e.cls, Dict: vm.NewDict()}
		m.Dict.SetStr("_name_", vm.Str(n))
		m.Dict.SetStr("_value_", vm.Int(values[i]))
		e.members = append(e.members, m)
		e.byValue[values[i]] = m
		e.byName[n] = m
		e.cls.Dict.SetStr(n, m)
	}
	return e
}

// member returns the member for value v, or v itself when there is none,
// as signal.py's _int_to_enum does.
func (e *enum) member(v int) vm.Value {
	if m, ok := e.byValue[v]; ok {
		return m
	}
	return vm.Int(v)
}

// lookup is Enum.__call__(value): the member or ValueError.
func (e *enum) lookup(t *vm.Thread, v vm.Value) (vm.Value, error) {
	if n, ok := v.(vm.Int); ok {
		if m, ok := e.byValue[int(n)]; ok {
			return m, nil
		}
	}
	if m, ok := v.(*vm.Instance); ok && m.Class == e.cls {
		return m, nil
	}
	return nil, valueError("%s is not a valid %s", repr(t, v), e.cls.Name)
}

// intValue is the int value of an enum member, or v itself.
func intValue(v vm.Value) vm.Value {
	if m, ok := v.(*vm.Instance); ok {
		if n, ok := m.Dict.GetStr("_value_"); ok {
			return n
		}
	}
	return v
}

// attr returns an entry of an enum member's instance dict.
func attr(v vm.Value, name string) vm.Value {
	r, _ := v.(*vm.Instance).Dict.GetStr(name)
	return r
}
