package vm

// finalTypes are the built-in types no class may derive from.
var finalTypes = map[*Type]bool{BoolType: true, FunctionType: true, GeneratorType: true, NoneTypeType: true,
	RangeType: true, SliceType: true, CellType: true, EllipsisType: true, NotImplementedType: true,
	BuiltinType: true, MethodType: true, TracebackType: true, FrameType: true, CodeType: true}

// newClass creates a class from a class statement's name, bases and
// namespace (type(name, bases, ns)).
func newClass(t *Thread, name, qualname string, bases []Value, ns *Dict) (*Type, error) {
	var bs []*Type
	for _, b := range bases {
		if ga, ok := b.(*GenericAlias); ok {
			// list[int] stands for list (__mro_entries__); the class
			// keeps what was written as __orig_bases__.
			b = ga.Origin
			ns.SetStr("__orig_bases__", Tuple(append([]Value(nil), bases...)))
		}
		bt, ok := b.(*Type)
		if !ok {
			return nil, t.typeErrorf("bases must be types")
		}
		if finalTypes[bt] {
			return nil, t.typeErrorf("type '%s' is not an acceptable base type", bt.Name)
		}
		bs = append(bs, bt)
	}
	if len(bs) == 0 {
		bs = []*Type{ObjectType}
	}
	layout := ObjectType
	for _, b := range bs {
		bl := b.base
		switch {
		case bl == ObjectType:
		case layout == ObjectType:
			layout = bl
		case bl.IsSubtype(layout):
			layout = bl
		case layout.IsSubtype(bl):
		default:
			return nil, t.typeErrorf("multiple bases have instance lay-out conflict")
		}
	}
	cls := &Type{Name: name, Qualname: qualname, Bases: bs, Dict: ns, base: layout, newFn: layout.newFn}
	if m, ok := ns.GetStr("__module__"); ok {
		if s, ok := m.(Str); ok {
			cls.Module = string(s)
		}
	}
	if q, ok := ns.GetStr("__qualname__"); ok {
		if s, ok := q.(Str); ok {
			cls.Qualname = string(s)
		}
		ns.DelStr("__qualname__")
	}
	mro, err := c3(t, cls, bs)
	if err != nil {
		return nil, err
	}
	cls.MRO = mro
	// Lookups made while the class was being built saw no MRO yet.
	typeGeneration.Add(1)
	if _, hasEq := ns.GetStr("__eq__"); hasEq {
		if _, hasHash := ns.GetStr("__hash__"); !hasHash {
			ns.SetStr("__hash__", None)
		}
	}
	if f, ok := ns.GetStr("__init_subclass__"); ok {
		if fn, ok := f.(*Function); ok {
			ns.SetStr("__init_subclass__", &ClassMethod{Func: fn})
		}
	}
	if f, ok := ns.GetStr("__class_getitem__"); ok {
		if fn, ok := f.(*Function); ok {
			ns.SetStr("__class_getitem__", &ClassMethod{Func: fn})
		}
	}
	for _, b := range mro[1:] {
		if m, ok := b.Dict.GetStr("__init_subclass__"); ok {
			if cm, ok := m.(*ClassMethod); ok {
				if _, err := t.Call(cm.Func, cls); err != nil {
					return nil, err
				}
			}
			break
		}
	}
	for _, kv := range ns.Items() {
		if m := kv[1].Type().Lookup("__set_name__"); m != nil {
			if _, err := t.callMethod(m, kv[1], cls, kv[0]); err != nil {
				return nil, err
			}
		}
	}
	return cls, nil
}

var (
	objectInit    *Builtin
	objectSetattr *Builtin
	objectDelattr *Builtin
)

// newTypes are the types with a __new__ of their own: object, the built-in
// types a class may derive from and the exceptions with their own layout.
// The others reach object.__new__, which refuses them.
var newTypes = append([]*Type{ObjectType, BaseExceptionType, BaseExceptionGroupType, OSErrorType}, derivableTypes...)

// newMethod is owner.__new__(cls, ...): it makes an instance of cls when
// owner is the type whose __new__ cls would inherit from built-in code,
// and otherwise names that type as CPython's "is not safe" error does.
func newMethod(owner *Type) *Builtin {
	return &Builtin{Name: "__new__", Module: owner.Name, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 0 {
			return nil, t.typeErrorf("%s.__new__(): not enough arguments", owner.Name)
		}
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, t.typeErrorf("%s.__new__(X): X is not a type object (%s)", owner.Name, typeName(args[0]))
		}
		if !cls.IsSubtype(owner) {
			return nil, t.typeErrorf("%s.__new__(%s): %s is not a subtype of %s", owner.Name, cls.Name, cls.Name, owner.Name)
		}
		if base := newBase(cls); cls.newFn == nil || newOwner(base) != owner {
			return nil, t.typeErrorf("%s.__new__(%s) is not safe, use %s.__new__()", owner.Name, cls.Name, base.Name)
		}
		return cls.newFn(t, cls, args[1:], kw)
	}}
}

// newBase is the class whose __new__ a built-in __new__ called for cls
// stands in for, as CPython finds it: cls, or while that class defines
// __new__ in Python, the base it takes its layout from.
func newBase(cls *Type) *Type {
	for !cls.Builtin {
		if _, own := cls.Dict.GetStr("__new__"); !own {
			return cls
		}
		next := cls
		for _, b := range cls.Bases {
			if b.base == cls.base {
				next = b
				break
			}
		}
		if next == cls {
			return cls
		}
		cls = next
	}
	return cls
}

// newOwner is the built-in type whose __new__ makes instances of cls: the
// first built-in type in its MRO that has a __new__ of its own or cannot
// be instantiated that way at all.
func newOwner(cls *Type) *Type {
	for _, c := range cls.MRO {
		if !c.Builtin {
			continue
		}
		if _, own := c.Dict.GetStr("__new__"); own || c.newFn == nil {
			return c
		}
	}
	return ObjectType
}

// objectMethods are built-in methods of object.
var objectMethods = []method{
	{"__repr__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return Str(defaultRepr(t, args[0])), nil
	}},
	{"__str__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		s, err := Repr(t, args[0])
		return Str(s), err
	}},
	{"__eq__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if Is(args[0], args[1]) {
			return True, nil
		}
		return NotImplemented, nil
	}},
	{"__ne__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		r, err := Compare(t, CmpEq, args[0], args[1])
		if err != nil {
			return nil, err
		}
		b, err := Truth(t, r)
		return Bool(!b), err
	}},
	{"__hash__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return Int(t.interp.id(args[0]) >> 4), nil
	}},
	{"__format__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) > 1 && args[1] != Str("") {
			return nil, t.typeErrorf("unsupported format string passed to %s.__format__", typeName(args[0]))
		}
		s, err := ToStr(t, args[0])
		return Str(s), err
	}},
	{"__dir__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		names := Dir(t, args[0])
		out := make([]Value, len(names))
		for i, n := range names {
			out[i] = Str(n)
		}
		return NewList(out), nil
	}},
	{"__getattribute__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		name, ok := args[1].(Str)
		if !ok {
			return nil, t.typeErrorf("attribute name must be string, not '%s'", typeName(args[1]))
		}
		return GetAttr(t, args[0], string(name))
	}},
	{"__init_subclass__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return None, nil }},
	{"__reduce_ex__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return nil, t.typeErrorf("cannot pickle '%s' object", typeName(args[0]))
	}},
}

func init() {
	ObjectType.newFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		o := &Instance{Class: cls, Dict: NewDict()}
		t.track(o)
		return o, nil
	}
	for _, tp := range []*Type{TypeType, NoneTypeType, BoolType, RangeType, SliceType, CellType, EllipsisType, NotImplementedType,
		BuiltinType, FunctionType, MethodType, StaticMethodType, ClassMethodType, PropertyType, ModuleType,
		GeneratorType, IteratorType, SuperType, TracebackType, FrameType, CodeType} {
		tp.newFn = nil
	}
	objectInit = &Builtin{Name: "__init__", Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return None, nil
	}}
	objectSetattr = &Builtin{Name: "__setattr__", Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 3 {
			return nil, t.typeErrorf("__setattr__ expected 2 arguments, got %d", len(args)-1)
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, t.typeErrorf("attribute name must be string, not '%s'", typeName(args[1]))
		}
		return None, genericSetAttr(t, args[0], string(name), args[2])
	}}
	objectDelattr = &Builtin{Name: "__delattr__", Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		name, ok := args[1].(Str)
		if !ok {
			return nil, t.typeErrorf("attribute name must be string, not '%s'", typeName(args[1]))
		}
		d := instanceDict(args[0])
		if d == nil || !d.DelStr(string(name)) {
			return nil, attributeError(args[0], string(name))
		}
		return None, nil
	}}
	for _, tp := range newTypes {
		tp.Dict.SetStr("__new__", newMethod(tp))
	}
	ObjectType.Dict.SetStr("__init__", objectInit)
	ObjectType.Dict.SetStr("__setattr__", objectSetattr)
	ObjectType.Dict.SetStr("__delattr__", objectDelattr)
	ObjectType.setMethods(objectMethods)
	delete(ObjectType.Dict.tb.str, "__eq__")
	ObjectType.Dict.tb.compact()
}

// defaultRepr is object.__repr__: <__main__.C object at 0x7f...>.
func defaultRepr(t *Thread, v Value) string {
	var addr uint64
	if t != nil {
		addr = t.interp.id(v)
	}
	switch x := v.(type) {
	case *Function:
		return "<function " + x.Qualname + " at " + hex(addr) + ">"
	case *Builtin:
		if x.Self != nil {
			if _, ok := x.Self.(*Module); ok {
				return "<built-in function " + x.Name + ">"
			}
			return "<built-in method " + x.Name + " of " + typeName(x.Self) + " object at " + hex(t.interp.id(x.Self)) + ">"
		}
		return "<built-in function " + x.Name + ">"
	case *BoundMethod:
		r, _ := Repr(t, x.Self)
		name := ""
		if f, ok := x.Func.(*Function); ok {
			name = f.Qualname
		}
		return "<bound method " + name + " of " + r + ">"
	case *Module:
		if f, ok := x.Globals.GetStr("__file__"); ok {
			fs, _ := Repr(t, f)
			return "<module '" + x.Name + "' from " + fs + ">"
		}
		if x.frozen {
			return "<module '" + x.Name + "' (frozen)>"
		}
		return "<module '" + x.Name + "' (built-in)>"
	case *Generator:
		return "<generator object " + x.fn.Qualname + " at " + hex(addr) + ">"
	case *Range, *BigRange:
		return rangeRepr(x)
	case *Slice:
		a, _ := Repr(t, x.Start)
		b, _ := Repr(t, x.Stop)
		c, _ := Repr(t, x.Step)
		return "slice(" + a + ", " + b + ", " + c + ")"
	case Bytes:
		return bytesRepr(string(x))
	case ellipsisType:
		return "Ellipsis"
	case notImplementedType:
		return "NotImplemented"
	case *Iter:
		return "<" + x.Name + " object at " + hex(addr) + ">"
	case *Cell:
		return "<cell at " + hex(addr) + ">"
	case *Super:
		return "<super: <class '" + x.This.Name + "'>, <" + x.ObjType.Name + " object>>"
	case *Traceback:
		return "<traceback object at " + hex(addr) + ">"
	case *Frame:
		return "<frame at " + hex(addr) + ", file '" + x.Code.Source.Filename + "', line " + itoa(x.Line()) + ", code " + x.Code.Name + ">"
	case *Code:
		return "<code object " + x.Name + " at " + hex(addr) + ", file \"" + x.Source.Filename + "\", line " + itoa(x.FirstLine) + ">"
	case *Property:
		return "<property object at " + hex(addr) + ">"
	}
	tp := v.Type()
	prefix := tp.Qualname
	if tp.Module != "builtins" && tp.Module != "" {
		prefix = tp.Module + "." + tp.Qualname
	}
	return "<" + prefix + " object at " + hex(addr) + ">"
}

func hex(n uint64) string {
	const digits = "0123456789abcdef"
	if n == 0 {
		return "0x0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = digits[n&15]
		n >>= 4
	}
	return "0x" + string(buf[i:])
}
