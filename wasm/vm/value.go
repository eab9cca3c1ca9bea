package vm

import (
	"math/big"
)

// Value is any Python object.
type Value interface {
	// Type returns the object's class.
	Type() *Type
}

// NoneType is the type of None.
type NoneType struct{}

// None is Python's None.
var None Value = NoneType{}

// Type returns NoneType.
func (NoneType) Type() *Type { return NoneTypeType }

// Bool is a Python bool.
type Bool bool

// Python's True and False.
const (
	True  = Bool(true)
	False = Bool(false)
)

// Type returns bool.
func (Bool) Type() *Type { return BoolType }

// Int is a Python int that fits in 64 bits; larger ones are *BigInt.
type Int int64

// Type returns int.
func (Int) Type() *Type { return IntType }

// BigInt is a Python int outside the int64 range. Arithmetic always
// normalizes results that fit back to Int.
type BigInt struct{ v *big.Int }

// Type returns int.
func (*BigInt) Type() *Type { return IntType }

// Float is a Python float.
type Float float64

// Type returns float.
func (Float) Type() *Type { return FloatType }

// Str is a Python str, held as UTF-8.
type Str string

// Type returns str.
func (Str) Type() *Type { return StrType }

// Bytes is a Python bytes object.
type Bytes string

// Type returns bytes.
func (Bytes) Type() *Type { return BytesType }

// Tuple is a Python tuple. It must not be modified after creation.
type Tuple []Value

// Type returns tuple.
func (Tuple) Type() *Type { return TupleType }

// List is a Python list.
type List struct{ Items []Value }

// Type returns list.
func (*List) Type() *Type { return ListType }

// NewList returns a list holding items (not copied).
func NewList(items []Value) *List { return &List{Items: items} }

// Range is a Python range object.
type Range struct{ Start, Stop, Step int64 }

// Type returns range.
func (*Range) Type() *Type { return RangeType }

// Len returns the number of elements of the range.
func (r *Range) Len() int64 {
	if r.Step > 0 && r.Start < r.Stop {
		return (r.Stop - r.Start + r.Step - 1) / r.Step
	}
	if r.Step < 0 && r.Start > r.Stop {
		return (r.Start - r.Stop - r.Step - 1) / -r.Step
	}
	return 0
}

// Slice is a Python slice object.
type Slice struct{ Start, Stop, Step Value }

// Type returns slice.
func (*Slice) Type() *Type { return SliceType }

// Cell holds a variable shared between a function and the functions nested
// in it. A nil V means the variable is unbound.
type Cell struct{ V Value }

// Type returns cell.
func (*Cell) Type() *Type { return CellType }

type ellipsisType struct{}

// Type returns ellipsis.
func (ellipsisType) Type() *Type { return EllipsisType }

// Ellipsis is Python's ... constant.
var Ellipsis Value = ellipsisType{}

type notImplementedType struct{}

// Type returns NotImplementedType.
func (notImplementedType) Type() *Type { return NotImplementedType }

// NotImplemented is returned by binary special methods that do not handle
// their operand.
var NotImplemented Value = notImplementedType{}

// Kwarg is one keyword argument of a call.
type Kwarg struct {
	Name  string
	Value Value
	// Key, when not nil, is the instance of a str subclass that Name came
	// from through **mapping; a **kwargs dict keeps it as its key, as
	// CPython does.
	Key Value
}

// storeIn sets the keyword argument in a **kwargs dict or the like.
func (k Kwarg) storeIn(t *Thread, d *Dict) error {
	if k.Key != nil {
		return d.Set(t, k.Key, k.Value)
	}
	d.SetStr(k.Name, k.Value)
	return nil
}

// BuiltinFunc is the Go signature of a built-in function or method. For a
// method, args[0] is the receiver.
type BuiltinFunc func(t *Thread, args []Value, kwargs []Kwarg) (Value, error)

// Builtin is a function implemented in Go. When Self is not nil it is a
// bound method and Self is passed as the first argument.
type Builtin struct {
	Name   string
	Fn     BuiltinFunc
	Self   Value
	Module string // for repr: "<built-in function print>"
	// Owner is the type a method belongs to; its first argument must be
	// an instance of it. A method of a built-in type receives the Base of
	// an instance of a Python subclass in place of the instance, unless
	// KeepsSubclass is set.
	Owner         *Type
	KeepsSubclass bool
}

// Type returns builtin_function_or_method.
func (*Builtin) Type() *Type { return BuiltinType }

// NewBuiltin returns a built-in function.
func NewBuiltin(name string, fn BuiltinFunc) *Builtin { return &Builtin{Name: name, Fn: fn} }

// BoundMethod is a Python function bound to an instance (or a class, for a
// classmethod).
type BoundMethod struct {
	Self Value
	Func Value
}

// Type returns method.
func (*BoundMethod) Type() *Type { return MethodType }

// StaticMethod wraps a function so that it is not bound on access.
type StaticMethod struct{ Func Value }

// Type returns staticmethod.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// ClassMethod wraps a function so that it binds to the class.
type ClassMethod struct{ Func Value }

// Type returns classmethod.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// Property is a data descriptor with getter, setter and deleter.
type Property struct{ Get, Set, Del, Doc Value }

// Type returns property.
func (*Property) Type() *Type { return PropertyType }

// Instance is an instance of a user-defined class.
type Instance struct {
	Class *Type
	Dict  *Dict
	// Base is the built-in value (Int, Str, *List, *Dict, ...) of an
	// instance of a class derived from a built-in type: what the type's
	// built-in methods and operators act on. It is nil for classes derived
	// from object alone.
	Base Value
}

// Type returns the instance's class.
func (o *Instance) Type() *Type { return o.Class }

// Module is a Python module object.
type Module struct {
	Name    string
	Globals *Dict
	frozen  bool // made by RegisterFrozenSource: its repr says "(frozen)"
}

// Type returns module.
func (*Module) Type() *Type { return ModuleType }

// NewModule returns an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Globals: NewDict()}
	m.SetAttr("__name__", Str(name))
	m.SetAttr("__doc__", None)
	return m
}

// SetAttr sets a module attribute (a global of the module).
//
// It is not inlined: modules are built once, at import, from many calls.
//
//go:noinline
func (m *Module) SetAttr(name string, v Value) { m.Globals.SetStr(name, v) }

// Attr returns a module attribute.
func (m *Module) Attr(name string) (Value, bool) { return m.Globals.GetStr(name) }

// SetFunc sets a module attribute to a built-in function.
func (m *Module) SetFunc(name string, fn BuiltinFunc) {
	m.SetAttr(name, &Builtin{Name: name, Fn: fn, Module: m.Name})
}

// String returns the decimal text of the integer.
func (b *BigInt) String() string { return b.v.String() }

// Big returns a copy of the integer's value.
func (b *BigInt) Big() *big.Int { return new(big.Int).Set(b.v) }
