package vm

// Classes derived from built-in types.
//
// An instance of a class derived from int, float, str, bytes, tuple, list,
// dict, set or frozenset is an *Instance whose Base holds the built-in
// value: an Int for C(3), a *List for C([1]) that the list methods change
// in place. A method of the built-in type receives Base in place of the
// instance (see Builtin.Owner), so what it returns is a plain built-in
// value, as in CPython, where C(1) + 1 is an int. The protocol functions
// (Repr, Hash, Truth, Compare, Binary, ...) act on Base unless a Python
// class before the built-in type in the MRO defines the special method.

// derivableTypes are the built-in types, besides object and the
// exceptions, that a class statement may derive from.
var derivableTypes = []*Type{IntType, FloatType, StrType, BytesType, TupleType, ListType, DictType, SetType, FrozenSetType}

func init() {
	for _, tp := range derivableTypes {
		tp.base = tp
		tp.newFn = newDerived
	}
	ListType.setMethods([]method{{"__init__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if err := noKw(t, "list", kw); err != nil {
			return nil, err
		}
		if len(args) > 2 {
			return nil, t.typeErrorf("list expected at most 1 argument, got %d", len(args)-1)
		}
		l := args[0].(*List)
		var items []Value
		if len(args) == 2 {
			var err error
			if items, err = toSlice(t, args[1]); err != nil {
				return nil, err
			}
		}
		old := l.Items
		l.Items = items
		t.droppedAll(old)
		return None, nil
	}}})
	DictType.setMethods([]method{{"__init__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) > 2 {
			return nil, t.typeErrorf("dict expected at most 1 argument, got %d", len(args)-1)
		}
		return DictType.Lookup("update").(*Builtin).Fn(t, args, kw)
	}}})
	SetType.setMethods([]method{{"__init__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if err := noKw(t, "set", kw); err != nil {
			return nil, err
		}
		if len(args) > 2 {
			return nil, t.typeErrorf("set expected at most 1 argument, got %d", len(args)-1)
		}
		args[0].(*Set).tb.clear()
		return SetType.Lookup("update").(*Builtin).Fn(t, args, nil)
	}}})
	iter := func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Iterate(t, args[0]) }
	contains := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		r, err := Contains(t, args[0], args[1])
		return Bool(r), err
	}
	getItem := func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return GetItem(t, args[0], args[1]) }
	for _, tp := range []*Type{StrType, BytesType, TupleType, SetType, FrozenSetType} {
		tp.setMethods([]method{{"__iter__", iter}})
	}
	for _, tp := range []*Type{BytesType, TupleType} {
		tp.setMethods([]method{{"__getitem__", getItem}, {"__contains__", contains}})
	}
	// What super().__repr__() and the like reach in a derived class.
	repr := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		s, err := Repr(t, args[0])
		return Str(s), err
	}
	format := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		var spec Str
		if len(args) > 1 {
			var ok bool
			if spec, ok = args[1].(Str); !ok {
				return nil, t.typeErrorf("format() argument 2 must be str, not %s", typeName(args[1]))
			}
		}
		s, err := Format(t, args[0], string(spec))
		return Str(s), err
	}
	hash := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		h, err := Hash(t, args[0])
		return Int(h), err
	}
	for _, tp := range derivableTypes {
		tp.setMethods([]method{{"__repr__", repr}, {"__format__", format}})
	}
	for _, tp := range []*Type{IntType, FloatType, StrType, BytesType, TupleType, FrozenSetType} {
		tp.setMethods([]method{{"__hash__", hash}})
	}
	StrType.setMethods([]method{{"__str__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil }}})
	for _, tp := range []*Type{BytesType, TupleType, ListType, DictType, SetType, FrozenSetType} {
		for op, name := range cmpNames {
			tp.setMethods([]method{{name, func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
				if len(args) != 2 {
					return nil, t.typeErrorf("expected 1 argument, got %d", len(args)-1)
				}
				return builtinCompare(t, CmpOp(op), args[0], BaseOf(args[1]))
			}}})
		}
	}
}

// dictGetItem is dict.__getitem__. It takes an instance of a class
// derived from dict as it is, to call its __missing__.
var dictGetItem = &Builtin{Name: "__getitem__", Module: "dict", Owner: DictType, KeepsSubclass: true,
	Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("expected 1 argument, got %d", len(args)-1)
		}
		return dictSubscript(t, args[0], args[1])
	}}

// newDerived is __new__ for the built-in types a class may derive from:
// for the type itself it is the type's constructor (int.__new__(int, 5));
// for a derived class it makes an instance holding the built-in value
// the constructor makes from the arguments, or an empty container that
// __init__ fills.
func newDerived(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
	layout := cls.base
	if cls == layout {
		return layout.callFn(t, layout, args, kw)
	}
	var base Value
	switch layout {
	case ListType:
		base = NewList(nil)
	case DictType:
		base = NewDict()
	case SetType:
		base = &Set{}
	default:
		v, err := layout.callFn(t, layout, args, kw)
		if err != nil {
			return nil, err
		}
		base = BaseOf(v)
	}
	o := &Instance{Class: cls, Dict: NewDict(), Base: base}
	t.track(o)
	return o, nil
}

// BaseOf returns the built-in value of an instance of a class derived
// from a built-in type, and any other value as it is.
func BaseOf(v Value) Value {
	if o, ok := v.(*Instance); ok && o.Base != nil {
		return o.Base
	}
	return v
}

// inherited returns the built-in value of v when v is an instance of a
// class derived from a built-in type whose special method name is the
// built-in type's: no Python class before it in the MRO defines name.
func inherited(v Value, name string) (Value, bool) {
	o, ok := v.(*Instance)
	if !ok || o.Base == nil {
		return nil, false
	}
	for _, c := range o.Class.MRO {
		if c.Builtin {
			break
		}
		if _, ok := c.Dict.GetStr(name); ok {
			return nil, false
		}
	}
	return o.Base, true
}

// receiver returns the arguments of a call of f with an instance of a
// class derived from f's built-in type in args[0] replaced by its
// built-in value, which is what f acts on.
func (f *Builtin) receiver(args []Value) []Value {
	if f.Owner == nil || f.KeepsSubclass || f.Owner == ObjectType || len(args) == 0 {
		return args
	}
	o, ok := args[0].(*Instance)
	if !ok || o.Base == nil {
		return args
	}
	out := make([]Value, len(args))
	copy(out, args)
	out[0] = o.Base
	return out
}

// dictSubscript is dict.__getitem__: self[k] for a dict or an instance
// of a class derived from dict, whose __missing__ supplies absent keys.
func dictSubscript(t *Thread, self, k Value) (Value, error) {
	d := BaseOf(self).(*Dict)
	r, ok, err := d.Get(t, k)
	if err != nil || ok {
		return r, err
	}
	if o, derived := self.(*Instance); derived {
		if m := o.Class.Lookup("__missing__"); m != nil {
			return t.callMethod(m, self, k)
		}
	}
	return nil, NewException(KeyErrorType, k)
}

// unhashableBase reports whether the built-in value b cannot be hashed.
func unhashableBase(b Value) bool {
	switch x := b.(type) {
	case *List, *Dict:
		return true
	case *Set:
		return !x.frozen
	}
	return false
}
