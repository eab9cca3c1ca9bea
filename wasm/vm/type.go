package vm

import "sync/atomic"

// Type is a Python class: a built-in type or one made by a class statement.
type Type struct {
	Name     string
	Qualname string
	Module   string
	Bases    []*Type
	MRO      []*Type
	Dict     *Dict
	// Builtin types reject attribute assignment.
	Builtin bool
	// base is the nearest built-in type in the MRO that decides the
	// instance layout: object, BaseException, or a built-in type a class
	// may derive from (int, str, list, ...; see subclass.go).
	base *Type
	// newFn creates an uninitialized instance for __new__.
	newFn func(t *Thread, cls *Type, args []Value, kwargs []Kwarg) (Value, error)
	// callFn, when set, replaces the generic "__new__ then __init__"
	// construction of a built-in type (int("3"), str(x), ...).
	callFn func(t *Thread, cls *Type, args []Value, kwargs []Kwarg) (Value, error)
	// cache remembers Lookup's answers for a class made by Python code
	// while typeGeneration is cacheGen.
	cache    map[string]Value
	cacheGen uint64
}

// typeGeneration counts changes to the namespaces of classes with a
// lookup cache; a change anywhere empties every cache. (Built-in types
// never change after start-up and are shared by all interpreters, so
// they have no cache.)
var typeGeneration atomic.Uint64

// Type returns type.
func (*Type) Type() *Type { return TypeType }

// The built-in types.
var (
	ObjectType         = newType("object", nil)
	TypeType           = newType("type", ObjectType)
	NoneTypeType       = newType("NoneType", ObjectType)
	IntType            = newType("int", ObjectType)
	BoolType           = newType("bool", IntType)
	FloatType          = newType("float", ObjectType)
	StrType            = newType("str", ObjectType)
	BytesType          = newType("bytes", ObjectType)
	TupleType          = newType("tuple", ObjectType)
	ListType           = newType("list", ObjectType)
	DictType           = newType("dict", ObjectType)
	SetType            = newType("set", ObjectType)
	FrozenSetType      = newType("frozenset", ObjectType)
	RangeType          = newType("range", ObjectType)
	SliceType          = newType("slice", ObjectType)
	CellType           = newType("cell", ObjectType)
	EllipsisType       = newType("ellipsis", ObjectType)
	NotImplementedType = newType("NotImplementedType", ObjectType)
	BuiltinType        = newType("builtin_function_or_method", ObjectType)
	FunctionType       = newType("function", ObjectType)
	MethodType         = newType("method", ObjectType)
	StaticMethodType   = newType("staticmethod", ObjectType)
	ClassMethodType    = newType("classmethod", ObjectType)
	PropertyType       = newType("property", ObjectType)
	ModuleType         = newType("module", ObjectType)
	GeneratorType      = newType("generator", ObjectType)
	IteratorType       = newType("iterator", ObjectType)
	SuperType          = newType("super", ObjectType)
	TracebackType      = newType("traceback", ObjectType)
	FrameType          = newType("frame", ObjectType)
	CodeType           = newType("code", ObjectType)
)

// newType makes a built-in type. It is not inlined: the package's variable
// initializers call it some forty times, once each, and inlined copies
// would only make the browser module larger.
//
//go:noinline
func newType(name string, base *Type) *Type {
	t := &Type{Name: name, Qualname: name, Module: "builtins", Dict: NewDict(), Builtin: true}
	if base != nil {
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
		t.base = base.base
		t.newFn = base.newFn
	} else {
		t.MRO = []*Type{t}
	}
	if t.base == nil {
		t.base = t
	}
	return t
}

// method is a built-in method: the attribute name and the implementation.
// Tables of methods are slices rather than maps so that the linker can lay
// them out as data instead of code that fills a map at start-up.
type method struct {
	name string
	fn   BuiltinFunc
}

// setMethods adds built-in methods to a type's dict, in order.
func (tp *Type) setMethods(methods []method) {
	for _, m := range methods {
		tp.Dict.SetStr(m.name, &Builtin{Name: m.name, Fn: m.fn, Module: tp.Name, Owner: tp})
	}
}

// Lookup finds name in the class's MRO, as CPython's _PyType_Lookup does.
func (tp *Type) Lookup(name string) Value {
	if tp.Builtin {
		return tp.lookupMRO(name)
	}
	if gen := typeGeneration.Load(); tp.cache == nil || tp.cacheGen != gen {
		tp.cache, tp.cacheGen = map[string]Value{}, gen
		for _, c := range tp.MRO {
			if !c.Builtin {
				c.Dict.tb.ofType = true
			}
		}
	}
	v, ok := tp.cache[name]
	if !ok {
		v = tp.lookupMRO(name)
		tp.cache[name] = v
	}
	return v
}

func (tp *Type) lookupMRO(name string) Value {
	for _, c := range tp.MRO {
		if v, ok := c.Dict.GetStr(name); ok {
			return v
		}
	}
	return nil
}

// IsSubtype reports whether tp is sup or derives from it.
func (tp *Type) IsSubtype(sup *Type) bool {
	if tp == sup {
		return true
	}
	for _, c := range tp.MRO {
		if c == sup {
			return true
		}
	}
	return false
}

// QualifiedName is the name tracebacks print: Qualname, prefixed with the
// module unless the module is builtins or __main__.
func (tp *Type) QualifiedName() string {
	if tp.Module == "builtins" || tp.Module == "__main__" || tp.Module == "" {
		return tp.Qualname
	}
	return tp.Module + "." + tp.Qualname
}

// c3 computes the C3 linearization of a new class with the given bases.
func c3(t *Thread, cls *Type, bases []*Type) ([]*Type, error) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	mro := []*Type{cls}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return mro, nil
		}
		var cand *Type
	outer:
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						continue outer
					}
				}
			}
			cand = c
			break
		}
		if cand == nil {
			names := ""
			for i, b := range bases {
				if i > 0 {
					names += ", "
				}
				names += b.Name
			}
			return nil, t.typeErrorf("Cannot create a consistent method resolution\norder (MRO) for bases %s", names)
		}
		mro = append(mro, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}
