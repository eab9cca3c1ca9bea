package vm

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
)

var superBuiltin = &Builtin{Name: "super"}

func init() {
	superBuiltin.Fn = func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(RuntimeErrorType, "super(): no arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, t.typeErrorf("super() argument 1 must be a type, not %s", typeName(args[0]))
		}
		return newSuper(t, cls, args[1])
	}
}

func fn(name string, f BuiltinFunc) *Builtin { return &Builtin{Name: name, Fn: f, Module: "builtins"} }

func newBuiltins() *Dict {
	d := NewDict()
	for _, tp := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, StrType, BytesType, ByteArrayType, TupleType,
		ListType, DictType, SetType, FrozenSetType, RangeType, SliceType, StaticMethodType, ClassMethodType, PropertyType} {
		d.SetStr(tp.Name, tp)
	}
	for _, tp := range excTypes {
		d.SetStr(tp.Name, tp)
	}
	d.SetStr("EnvironmentError", OSErrorType)
	d.SetStr("IOError", OSErrorType)
	d.SetStr("None", None)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("Ellipsis", Ellipsis)
	d.SetStr("__debug__", True)
	d.SetStr("super", superBuiltin)
	for _, m := range builtinFuncs {
		d.SetStr(m.name, fn(m.name, m.fn))
	}
	return d
}

// sysStream returns sys.<name> (stdout, stderr, stdin).
func (t *Thread) sysStream(name string) (Value, error) {
	sys, err := t.interp.importModule(t, "sys")
	if err != nil {
		return nil, err
	}
	v, ok := sys.(*Module).Attr(name)
	if !ok || v == None {
		return nil, Errorf(RuntimeErrorType, "lost sys.%s", name)
	}
	return v, nil
}

func (t *Thread) writeTo(file Value, s string) error {
	w, err := GetAttr(t, file, "write")
	if err != nil {
		return err
	}
	_, err = t.Call(w, Str(s))
	return err
}

var builtinFuncs = []method{
	{"print", builtinPrint},
	{"input", builtinInput},
	{"len", builtinLen},
	{"repr", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return oneArg(t, "repr", args, kw, Repr) }},
	{"ascii", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return oneArg(t, "ascii", args, kw, func(t *Thread, v Value) (string, error) {
			r, err := Repr(t, v)
			return asciiEscape(r), err
		})
	}},
	{"abs", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, t.typeErrorf("abs() takes exactly one argument (%d given)", len(args))
		}
		return builtinAbs(t, args[0])
	}},
	{"isinstance", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("isinstance expected 2 arguments, got %d", len(args))
		}
		ok, err := isInstanceOf(t, args[0], args[1], "isinstance")
		return Bool(ok), err
	}},
	{"issubclass", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("issubclass expected 2 arguments, got %d", len(args))
		}
		c, ok := args[0].(*Type)
		if !ok {
			return nil, t.typeErrorf("issubclass() arg 1 must be a class")
		}
		r, err := isInstanceOf(t, c, args[1], "issubclass")
		return Bool(r), err
	}},
	{"id", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, t.typeErrorf("id() takes exactly one argument (%d given)", len(args))
		}
		return Int(t.interp.id(args[0])), nil
	}},
	{"hash", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, t.typeErrorf("hash() takes exactly one argument (%d given)", len(args))
		}
		h, err := Hash(t, args[0])
		return Int(h), err
	}},
	{"iter", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 2 {
			fn, sentinel := args[0], args[1]
			done := false
			return newIterOver("callable_iterator", Tuple{fn, sentinel}, func(t *Thread) (Value, bool, error) {
				if done {
					return nil, false, nil
				}
				v, err := t.Call(fn)
				if err != nil {
					return nil, false, err
				}
				if eq, err := Equal(t, v, sentinel); err != nil || eq {
					done = true
					return nil, false, err
				}
				return v, true, nil
			}), nil
		}
		if len(args) != 1 {
			return nil, t.typeErrorf("iter expected 1 argument, got %d", len(args))
		}
		return Iterate(t, args[0])
	}},
	{"next", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, t.typeErrorf("next expected at least 1 argument, got %d", len(args))
		}
		switch args[0].(type) {
		case *Iter, *Generator:
		default:
			if args[0].Type().Lookup("__next__") == nil {
				return nil, t.typeErrorf("'%s' object is not an iterator", typeName(args[0]))
			}
			r, err := t.callMethod(args[0].Type().Lookup("__next__"), args[0])
			if err != nil && len(args) == 2 {
				if e, ok := err.(*Exception); ok && e.Class.IsSubtype(StopIterationType) {
					return args[1], nil
				}
			}
			return r, err
		}
		if g, ok := args[0].(*Generator); ok {
			v, done, err := g.resumeWith(t, None, nil)
			if err != nil {
				return nil, err
			}
			if done {
				if len(args) == 2 {
					return args[1], nil
				}
				return nil, NewException(StopIterationType, stopArgs(v)...)
			}
			return v, nil
		}
		v, ok, err := Next(t, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, NewException(StopIterationType)
		}
		return v, nil
	}},
	{"getattr", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, t.typeErrorf("getattr expected at least 2 arguments, got %d", len(args))
		}
		name, ok := BaseOf(args[1]).(Str)
		if !ok {
			return nil, t.typeErrorf("attribute name must be string, not '%s'", typeName(args[1]))
		}
		v, err := GetAttr(t, args[0], string(name))
		if err != nil && len(args) == 3 {
			if e, ok := err.(*Exception); ok && e.Class.IsSubtype(AttributeErrorType) {
				return args[2], nil
			}
		}
		return v, err
	}},
	{"setattr", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 3 {
			return nil, t.typeErrorf("setattr expected 3 arguments, got %d", len(args))
		}
		name, ok := BaseOf(args[1]).(Str)
		if !ok {
			return nil, t.typeErrorf("attribute name must be string, not '%s'", typeName(args[1]))
		}
		return None, SetAttr(t, args[0], string(name), args[2])
	}},
	{"delattr", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("delattr expected 2 arguments, got %d", len(args))
		}
		name, ok := BaseOf(args[1]).(Str)
		if !ok {
			return nil, t.typeErrorf("attribute name must be string, not '%s'", typeName(args[1]))
		}
		return None, DelAttr(t, args[0], string(name))
	}},
	{"hasattr", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("hasattr expected 2 arguments, got %d", len(args))
		}
		name, ok := BaseOf(args[1]).(Str)
		if !ok {
			return nil, t.typeErrorf("attribute name must be string, not '%s'", typeName(args[1]))
		}
		_, err := GetAttr(t, args[0], string(name))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class.IsSubtype(AttributeErrorType) {
				return False, nil
			}
			return nil, err
		}
		return True, nil
	}},
	{"callable", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, t.typeErrorf("callable() takes exactly one argument (%d given)", len(args))
		}
		return Bool(Callable(args[0])), nil
	}},
	{"format", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		a, err := parseArgs(t, "format", args, kw, []string{"value", "format_spec?"})
		if err != nil {
			return nil, err
		}
		spec := ""
		if a[1] != nil {
			spec, err = argStr(t, "format", a[1])
			if err != nil {
				return nil, err
			}
		}
		s, err := Format(t, a[0], spec)
		return Str(s), err
	}},
	{"chr", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, t.typeErrorf("chr() takes exactly one argument (%d given)", len(args))
		}
		n, ok, err := Index(t, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, t.typeErrorf("'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		if n < 0 || n > 0x10ffff {
			return nil, t.valueErrorf("chr() arg not in range(0x110000)")
		}
		return Str(string(rune(n))), nil
	}},
	{"ord", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, t.typeErrorf("ord() takes exactly one argument (%d given)", len(args))
		}
		switch s := args[0].(type) {
		case Str:
			r := []rune(string(s))
			if len(r) != 1 {
				return nil, t.typeErrorf("ord() expected a character, but string of length %d found", len(r))
			}
			return Int(r[0]), nil
		case Bytes:
			if len(s) != 1 {
				return nil, t.typeErrorf("ord() expected a character, but string of length %d found", len(s))
			}
			return Int(s[0]), nil
		}
		return nil, t.typeErrorf("ord() expected string of length 1, but %s found", typeName(args[0]))
	}},
	{"hex", radixFn("hex", "x")},
	{"oct", radixFn("oct", "o")},
	{"bin", radixFn("bin", "b")},
	{"divmod", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("divmod expected 2 arguments, got %d", len(args))
		}
		q, err := Binary(t, 12, args[0], args[1])
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeErrorType {
				return nil, t.typeErrorf("unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(args[0]), typeName(args[1]))
			}
			return nil, err
		}
		m, err := Binary(t, 5, args[0], args[1])
		if err != nil {
			return nil, err
		}
		return Tuple{q, m}, nil
	}},
	{"pow", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		a, err := parseArgs(t, "pow", args, kw, []string{"base", "exp", "mod?"})
		if err != nil {
			return nil, err
		}
		if a[2] != nil && a[2] != None {
			for i := range a {
				a[i] = BaseOf(a[i]) // the int of an int subclass
			}
			if !isIntLike(a[0]) || !isIntLike(a[1]) || !isIntLike(a[2]) {
				return nil, t.typeErrorf("pow() 3rd argument not allowed unless all arguments are integers")
			}
			m := toBig(a[2])
			if m.Sign() == 0 {
				return nil, t.valueErrorf("pow() 3rd argument cannot be 0")
			}
			r := new(big.Int).Exp(toBig(a[0]), toBig(a[1]), new(big.Int).Abs(m))
			if m.Sign() < 0 && r.Sign() != 0 {
				r.Add(r, m)
			}
			return MakeInt(r), nil
		}
		return Binary(t, 6, a[0], a[1])
	}},
	{"round", builtinRound},
	{"sum", builtinSum},
	{"min", minMax("min", CmpLt)},
	{"max", minMax("max", CmpGt)},
	{"any", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return anyAll(t, "any", args, true)
	}},
	{"all", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return anyAll(t, "all", args, false)
	}},
	{"sorted", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, t.typeErrorf("sorted expected 1 argument, got %d", len(args))
		}
		items, err := toSlice(t, args[0])
		if err != nil {
			return nil, err
		}
		l := NewList(items)
		return l, listSort(t, l, kw)
	}},
	{"reversed", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, t.typeErrorf("reversed expected 1 argument, got %d", len(args))
		}
		var items []Value
		name := "reversed"
		v := args[0]
		if b, ok := inherited(v, "__reversed__"); ok {
			switch b.(type) {
			case *List, *Dict: // list and dict have a __reversed__
				v = b
			}
		}
		switch x := v.(type) {
		case *List:
			items, name = x.Items, "list_reverseiterator"
		case Tuple:
			items = x
		case *Range:
			i, n := int64(0), x.Len()
			return NewIter("range_iterator", func(t *Thread) (Value, bool, error) {
				if i >= n {
					return nil, false, nil
				}
				i++
				return Int(x.Start + (n-i)*x.Step), true, nil
			}), nil
		case *BigRange:
			return rangeIter(x, true), nil
		case Str, Bytes:
			var err error
			if items, err = toSlice(t, x); err != nil {
				return nil, err
			}
		case *Dict:
			items, name = x.Keys(), "dict_reversekeyiterator"
		default:
			if r, ok, err := t.special(args[0], "__reversed__"); ok {
				return r, err
			}
			if args[0].Type().Lookup("__getitem__") != nil && args[0].Type().Lookup("__len__") != nil {
				n, err := Len(t, args[0])
				if err != nil {
					return nil, err
				}
				i := n
				obj := args[0]
				return newIterOver("reversed", obj, func(t *Thread) (Value, bool, error) {
					if i <= 0 {
						return nil, false, nil
					}
					i--
					v, err := GetItem(t, obj, Int(i))
					return v, err == nil, err
				}), nil
			}
			return nil, t.typeErrorf("'%s' object is not reversible", typeName(args[0]))
		}
		i := len(items)
		return newIterOver(name, Tuple(items), func(t *Thread) (Value, bool, error) {
			if i <= 0 || i > len(items) {
				return nil, false, nil
			}
			i--
			return items[i], true, nil
		}), nil
	}},
	{"enumerate", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		a, err := parseArgs(t, "enumerate", args, kw, []string{"iterable", "start?"})
		if err != nil {
			return nil, err
		}
		it, err := Iterate(t, a[0])
		if err != nil {
			return nil, err
		}
		var n Value = Int(0)
		if a[1] != nil {
			n = a[1]
		}
		return newIterOver("enumerate", it, func(t *Thread) (Value, bool, error) {
			v, ok, err := Next(t, it)
			if !ok || err != nil {
				return nil, false, err
			}
			cur := n
			n, err = Binary(t, 0, n, Int(1))
			return Tuple{cur, v}, true, err
		}), nil
	}},
	{"zip", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		strict := false
		for _, k := range kw {
			if k.Name != "strict" {
				return nil, t.typeErrorf("zip() got an unexpected keyword argument '%s'", k.Name)
			}
			strict, _ = Truth(t, k.Value)
		}
		its := make([]Value, len(args))
		for i, a := range args {
			it, err := Iterate(t, a)
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Class == TypeErrorType {
					return nil, t.typeErrorf("zip argument #%d must support iteration", i+1)
				}
				return nil, err
			}
			its[i] = it
		}
		done := len(its) == 0
		return newIterOver("zip", Tuple(its), func(t *Thread) (Value, bool, error) {
			if done {
				return nil, false, nil
			}
			out := make(Tuple, len(its))
			for i, it := range its {
				v, ok, err := Next(t, it)
				if err != nil {
					return nil, false, err
				}
				if !ok {
					done = true
					if strict && i > 0 {
						return nil, false, t.valueErrorf("zip() argument %d is shorter than argument%s 1%s", i+1, pluralS(i), strings.Repeat("", 0))
					}
					return nil, false, nil
				}
				out[i] = v
			}
			return out, true, nil
		}), nil
	}},
	{"map", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 {
			return nil, t.typeErrorf("map() must have at least two arguments.")
		}
		f := args[0]
		its := make([]Value, len(args)-1)
		for i, a := range args[1:] {
			it, err := Iterate(t, a)
			if err != nil {
				return nil, err
			}
			its[i] = it
		}
		return newIterOver("map", append(Tuple{args[0]}, its...), func(t *Thread) (Value, bool, error) {
			vals := make([]Value, len(its))
			for i, it := range its {
				v, ok, err := Next(t, it)
				if !ok || err != nil {
					return nil, false, err
				}
				vals[i] = v
			}
			r, err := t.CallKw(f, vals, nil)
			return r, err == nil, err
		}), nil
	}},
	{"filter", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("filter expected 2 arguments, got %d", len(args))
		}
		f := args[0]
		it, err := Iterate(t, args[1])
		if err != nil {
			return nil, err
		}
		return newIterOver("filter", Tuple{f, it}, func(t *Thread) (Value, bool, error) {
			for {
				v, ok, err := Next(t, it)
				if !ok || err != nil {
					return nil, false, err
				}
				keep := v
				if f != None {
					if keep, err = t.Call(f, v); err != nil {
						return nil, false, err
					}
				}
				b, err := Truth(t, keep)
				if err != nil {
					return nil, false, err
				}
				if b {
					return v, true, nil
				}
			}
		}), nil
	}},
	{"vars", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 0 {
			return frameLocals(t.frame), nil
		}
		if m, ok := args[0].(*Module); ok {
			return m.Globals, nil
		}
		if tp, ok := args[0].(*Type); ok {
			return tp.Dict, nil
		}
		if d := instanceDict(args[0]); d != nil {
			return d, nil
		}
		return nil, t.typeErrorf("vars() argument must have __dict__ attribute")
	}},
	{"globals", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return t.frame.Globals, nil }},
	{"locals", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return frameLocals(t.frame), nil }},
	{"dir", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		var names []string
		if len(args) == 0 {
			for _, k := range frameLocals(t.frame).(*Dict).Keys() {
				if s, ok := k.(Str); ok {
					names = append(names, string(s))
				}
			}
			sort.Strings(names)
		} else {
			names = Dir(t, args[0])
		}
		return NewList(strsToValues(names)), nil
	}},
	{"open", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return nil, Errorf(OSErrorType, "open() is not available in this interpreter")
	}},
	{"exit", builtinExit},
	{"quit", builtinExit},
	{"__import__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 1 {
			return nil, t.typeErrorf("__import__() missing required argument 'name' (pos 1)")
		}
		name, err := argStr(t, "__import__", args[0])
		if err != nil {
			return nil, err
		}
		return t.interp.importModule(t, name)
	}},
	{"__build_class__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return nil, t.typeErrorf("__build_class__ is not supported")
	}},
	{"breakpoint", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return None, nil }},
}

func builtinExit(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	return nil, NewException(SystemExitType, args...)
}

func oneArg(t *Thread, name string, args []Value, kw []Kwarg, f func(*Thread, Value) (string, error)) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return nil, t.typeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
	}
	s, err := f(t, args[0])
	return Str(s), err
}

func radixFn(name, code string) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, t.typeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
		}
		if !isIntLike(args[0]) {
			n, ok, err := Index(t, args[0])
			if err != nil || !ok {
				if err == nil {
					err = t.typeErrorf("'%s' object cannot be interpreted as an integer", typeName(args[0]))
				}
				return nil, err
			}
			args = []Value{Int(n)}
		}
		s, err := Format(t, args[0], "#"+code)
		return Str(s), err
	}
}

func isInstanceOf(t *Thread, v Value, cls Value, fname string) (bool, error) {
	switch c := cls.(type) {
	case *Type:
		if tp, ok := v.(*Type); ok && fname == "issubclass" {
			return tp.IsSubtype(c), nil
		}
		return v.Type().IsSubtype(c), nil
	case Tuple:
		for _, x := range c {
			ok, err := isInstanceOf(t, v, x, fname)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if fname == "issubclass" {
		return false, t.typeErrorf("issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	return false, t.typeErrorf("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func builtinPrint(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	sep, end := " ", "\n"
	var file Value
	flush := false
	for _, k := range kw {
		switch k.Name {
		case "sep", "end":
			if k.Value == None {
				continue
			}
			s, ok := BaseOf(k.Value).(Str)
			if !ok {
				return nil, t.typeErrorf("%s must be None or a string, not %s", k.Name, typeName(k.Value))
			}
			if k.Name == "sep" {
				sep = string(s)
			} else {
				end = string(s)
			}
		case "file":
			if k.Value != None {
				file = k.Value
			}
		case "flush":
			flush, _ = Truth(t, k.Value)
		default:
			return nil, t.typeErrorf("'%s' is an invalid keyword argument for print()", k.Name)
		}
	}
	if file == nil {
		f, err := t.sysStream("stdout")
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == RuntimeErrorType {
				return None, nil
			}
			return nil, err
		}
		file = f
	}
	w, err := GetAttr(t, file, "write")
	if err != nil {
		return nil, err
	}
	for i, a := range args {
		if i > 0 {
			if _, err := t.Call(w, Str(sep)); err != nil {
				return nil, err
			}
		}
		s, err := ToStr(t, a)
		if err != nil {
			return nil, err
		}
		if _, err := t.Call(w, Str(s)); err != nil {
			return nil, err
		}
	}
	if _, err := t.Call(w, Str(end)); err != nil {
		return nil, err
	}
	if flush {
		f, err := GetAttr(t, file, "flush")
		if err != nil {
			return nil, err
		}
		if _, err := t.Call(f); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func builtinInput(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) > 1 {
		return nil, t.typeErrorf("input expected at most 1 argument, got %d", len(args))
	}
	stdout, err := t.sysStream("stdout")
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		s, err := ToStr(t, args[0])
		if err != nil {
			return nil, err
		}
		if err := t.writeTo(stdout, s); err != nil {
			return nil, err
		}
	}
	if f, err := GetAttr(t, stdout, "flush"); err == nil {
		if _, err := t.Call(f); err != nil {
			return nil, err
		}
	}
	stdin, err := t.sysStream("stdin")
	if err != nil {
		return nil, err
	}
	rl, err := GetAttr(t, stdin, "readline")
	if err != nil {
		return nil, err
	}
	line, err := t.Call(rl)
	if err != nil {
		return nil, err
	}
	s, ok := line.(Str)
	if !ok {
		return nil, t.typeErrorf("object.readline() returned non-string")
	}
	if s == "" {
		return nil, Errorf(EOFErrorType, "EOF when reading a line")
	}
	return Str(strings.TrimSuffix(string(s), "\n")), nil
}

func builtinLen(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 1 {
		return nil, t.typeErrorf("len() takes exactly one argument (%d given)", len(args))
	}
	n, err := Len(t, args[0])
	return Int(n), err
}

func builtinRound(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	a, err := parseArgs(t, "round", args, kw, []string{"number", "ndigits?"})
	if err != nil {
		return nil, err
	}
	nd := a[1]
	switch x := a[0].(type) {
	case Int, Bool, *BigInt:
		if nd == nil || nd == None {
			return MakeInt(toBig(x)), nil
		}
		n, _, _ := Index(t, nd)
		if n >= 0 {
			return MakeInt(toBig(x)), nil
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		v := toBig(x)
		q, m := new(big.Int).DivMod(v, p, new(big.Int))
		twice := new(big.Int).Mul(m, big.NewInt(2))
		if c := twice.Cmp(p); c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return MakeInt(q.Mul(q, p)), nil
	case Float:
		f := float64(x)
		if nd == nil || nd == None {
			if math.IsInf(f, 0) {
				return nil, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
			}
			if math.IsNaN(f) {
				return nil, t.valueErrorf("cannot convert float NaN to integer")
			}
			return MakeInt(floatToBig(math.RoundToEven(f))), nil
		}
		n, _, _ := Index(t, nd)
		if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
			return x, nil
		}
		s := strconv.FormatFloat(f, 'f', int(max(n, 0)), 64)
		if n < 0 {
			p := math.Pow(10, float64(-n))
			return Float(math.RoundToEven(f/p) * p), nil
		}
		r, _ := strconv.ParseFloat(s, 64)
		return Float(r), nil
	}
	if nd == nil {
		if r, ok, err := t.special(a[0], "__round__"); ok {
			return r, err
		}
	} else if r, ok, err := t.special(a[0], "__round__", nd); ok {
		return r, err
	}
	return nil, t.typeErrorf("type %s doesn't define __round__ method", typeName(a[0]))
}

func builtinSum(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	a, err := parseArgs(t, "sum", args, kw, []string{"iterable", "start?"})
	if err != nil {
		return nil, err
	}
	var acc Value = Int(0)
	if a[1] != nil {
		acc = a[1]
		switch acc.(type) {
		case Str:
			return nil, t.typeErrorf("sum() can't sum strings [use ''.join(seq) instead]")
		case Bytes:
			return nil, t.typeErrorf("sum() can't sum bytes [use b''.join(seq) instead]")
		}
	}
	err = eachItem(t, a[0], func(v Value) (stop bool, err error) {
		acc, err = Binary(t, 0, acc, v)
		return false, err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

func minMax(name string, op CmpOp) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		var key, def Value
		for _, k := range kw {
			switch k.Name {
			case "key":
				if k.Value != None {
					key = k.Value
				}
			case "default":
				def = k.Value
			default:
				return nil, t.typeErrorf("%s() got an unexpected keyword argument '%s'", name, k.Name)
			}
		}
		var items []Value
		switch len(args) {
		case 0:
			return nil, t.typeErrorf("%s expected at least 1 argument, got 0", name)
		case 1:
			var err error
			if items, err = toSlice(t, args[0]); err != nil {
				return nil, err
			}
			if len(items) == 0 {
				if def != nil {
					return def, nil
				}
				return nil, t.valueErrorf("%s() arg is an empty sequence", name)
			}
		default:
			if def != nil {
				return nil, t.typeErrorf("Cannot specify a default for %s() with multiple positional arguments", name)
			}
			items = args
		}
		best := items[0]
		bestKey := best
		if key != nil {
			var err error
			if bestKey, err = t.Call(key, best); err != nil {
				return nil, err
			}
		}
		for _, it := range items[1:] {
			k := it
			if key != nil {
				var err error
				if k, err = t.Call(key, it); err != nil {
					return nil, err
				}
			}
			r, err := Compare(t, op, k, bestKey)
			if err != nil {
				return nil, err
			}
			if b, _ := Truth(t, r); b {
				best, bestKey = it, k
			}
		}
		return best, nil
	}
}

func anyAll(t *Thread, name string, args []Value, want bool) (Value, error) {
	if len(args) != 1 {
		return nil, t.typeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
	}
	found := false
	err := eachItem(t, args[0], func(v Value) (bool, error) {
		b, err := Truth(t, v)
		found = err == nil && b == want
		return found, err
	})
	if err != nil {
		return nil, err
	}
	return Bool(found == want), nil
}
