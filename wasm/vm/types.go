package vm

import (
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/exitplay/exitplay/wasm/internal/digits"
	"github.com/exitplay/exitplay/wasm/syntax"
)

func noKw(t *Thread, name string, kw []Kwarg) error {
	if len(kw) > 0 {
		return t.typeErrorf("%s() takes no keyword arguments", name)
	}
	return nil
}

// parseIntLiteral parses int(s, base) text.
func parseIntLiteral(t *Thread, s string, base int) (Value, error) {
	orig, origBase := s, base // the message names the base as given, 0 included
	s = asciiDigits(strings.TrimSpace(s))
	bad := func() error {
		return t.valueErrorf("invalid literal for int() with base %d: %s", origBase, strRepr(orig))
	}
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg, s = s[0] == '-', s[1:]
	}
	if base == 0 || base == 16 || base == 8 || base == 2 {
		l := strings.ToLower(s)
		switch {
		case strings.HasPrefix(l, "0x") && (base == 0 || base == 16):
			s, base = s[2:], 16
		case strings.HasPrefix(l, "0o") && (base == 0 || base == 8):
			s, base = s[2:], 8
		case strings.HasPrefix(l, "0b") && (base == 0 || base == 2):
			s, base = s[2:], 2
		case base == 0:
			if len(s) > 1 && strings.TrimLeft(s, "0_") != "" && s[0] == '0' {
				return nil, bad()
			}
			base = 10
		}
		if strings.HasPrefix(s, "_") {
			s = s[1:]
		}
	}
	if s == "" || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") || strings.Contains(s, "__") {
		return nil, bad()
	}
	s = strings.ReplaceAll(s, "_", "")
	if limit := maxDigits(t); limit > 0 && base&(base-1) != 0 && len(s) > limit {
		return nil, digitLimitError(t, len(s))
	}
	n, ok := digits.Parse(s, base)
	if !ok {
		return nil, bad()
	}
	if neg {
		n.Neg(n)
	}
	return MakeInt(n), nil
}

func parseFloatLiteral(t *Thread, s string) (Value, error) {
	orig := s
	s = asciiDigits(strings.TrimSpace(s))
	if f, ok := parseFloatSpecial(s); ok {
		return Float(f), nil
	}
	if strings.Contains(s, "__") || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") || strings.ContainsAny(s, "xX") {
		return nil, t.valueErrorf("could not convert string to float: %s", strRepr(orig))
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return Float(f), nil
		}
		return nil, t.valueErrorf("could not convert string to float: %s", strRepr(orig))
	}
	return Float(f), nil
}

// intMethods are built-in methods of int.
var intMethods = []method{
	{"bit_length", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return Int(new(big.Int).Abs(toBig(args[0])).BitLen()), nil
	}},
	{"__index__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil }},
	{"is_integer", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return True, nil }},
	{"conjugate", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil }},
}

// floatMethods are built-in methods of float.
var floatMethods = []method{
	{"is_integer", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		f := float64(args[0].(Float))
		return Bool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
	}},
	{"__round__", builtinRound},
	{"hex", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return Str(floatHex(float64(args[0].(Float)))), nil
	}},
}

// tupleMethods are built-in methods of tuple.
var tupleMethods = []method{
	{"index", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return seqIndexOf(t, args[0].(Tuple), args[1:], "tuple.index(x): x not in tuple")
	}},
	{"count", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return seqCount(t, args[0].(Tuple), args[1])
	}},
	{"__len__", builtinLenMethod},
}

// listMethods are built-in methods of list.
var listMethods = []method{
	{"append", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("list.append() takes exactly one argument (%d given)", len(args)-1)
		}
		l := args[0].(*List)
		l.Items = append(l.Items, args[1])
		return None, nil
	}},
	{"extend", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("list.extend() takes exactly one argument (%d given)", len(args)-1)
		}
		items, err := toSlice(t, args[1])
		if err != nil {
			return nil, err
		}
		l := args[0].(*List)
		l.Items = append(l.Items, items...)
		return None, nil
	}},
	{"pop", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		l := args[0].(*List)
		if len(l.Items) == 0 {
			return nil, Errorf(IndexErrorType, "pop from empty list")
		}
		i := int64(len(l.Items) - 1)
		if len(args) > 1 {
			var ok bool
			var err error
			if i, ok, err = Index(t, args[1]); err != nil || !ok {
				if err == nil {
					err = t.typeErrorf("'%s' object cannot be interpreted as an integer", typeName(args[1]))
				}
				return nil, err
			}
			if i < 0 {
				i += int64(len(l.Items))
			}
			if i < 0 || i >= int64(len(l.Items)) {
				return nil, Errorf(IndexErrorType, "pop index out of range")
			}
		}
		v := l.Items[i]
		l.Items = append(l.Items[:i:i], l.Items[i+1:]...)
		return v, nil
	}},
	{"insert", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		l := args[0].(*List)
		i, err := insertPosition(t, args, len(l.Items))
		if err != nil {
			return nil, err
		}
		l.Items = append(l.Items, nil)
		copy(l.Items[i+1:], l.Items[i:])
		l.Items[i] = args[2]
		return None, nil
	}},
	{"remove", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		l := args[0].(*List)
		for i, x := range l.Items {
			eq, err := Equal(t, x, args[1])
			if err != nil {
				return nil, err
			}
			if eq {
				l.Items = append(l.Items[:i:i], l.Items[i+1:]...)
				return None, nil
			}
		}
		return nil, t.valueErrorf("list.remove(x): x not in list")
	}},
	{"index", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return seqIndexOf(t, args[0].(*List).Items, args[1:], "")
	}},
	{"count", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return seqCount(t, args[0].(*List).Items, args[1])
	}},
	{"sort", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) > 1 {
			return nil, t.typeErrorf("sort() takes no positional arguments")
		}
		return None, listSort(t, args[0].(*List), kw)
	}},
	{"reverse", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		l := args[0].(*List)
		for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
			l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
		}
		return None, nil
	}},
	{"copy", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return NewList(append([]Value(nil), args[0].(*List).Items...)), nil
	}},
	{"clear", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		l := args[0].(*List)
		old := l.Items
		l.Items = nil
		t.droppedAll(old)
		return None, nil
	}},
}

// dictMethods are built-in methods of dict.
var dictMethods = []method{
	{"get", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, t.typeErrorf("get expected at most 2 arguments, got %d", len(args)-1)
		}
		v, ok, err := args[0].(*Dict).Get(t, args[1])
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 3 {
				return args[2], nil
			}
			return None, nil
		}
		return v, nil
	}},
	{"keys", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return &DictView{D: args[0].(*Dict), Kind: "keys"}, nil
	}},
	{"values", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return &DictView{D: args[0].(*Dict), Kind: "values"}, nil
	}},
	{"items", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return &DictView{D: args[0].(*Dict), Kind: "items"}, nil
	}},
	{"pop", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 {
			return nil, t.typeErrorf("pop expected at least 1 argument, got 0")
		}
		v, ok, err := args[0].(*Dict).Delete(t, args[1])
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 3 {
				return args[2], nil
			}
			return nil, NewException(KeyErrorType, args[1])
		}
		return v, nil
	}},
	{"popitem", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		d := args[0].(*Dict)
		items := d.Items()
		if len(items) == 0 {
			return nil, NewException(KeyErrorType, Str("popitem(): dictionary is empty"))
		}
		last := items[len(items)-1]
		_, _, _ = d.Delete(t, last[0])
		return Tuple{last[0], last[1]}, nil
	}},
	{"setdefault", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		d := args[0].(*Dict)
		v, ok, err := d.Get(t, args[1])
		if err != nil || ok {
			return v, err
		}
		var def Value = None
		if len(args) > 2 {
			def = args[2]
		}
		return def, d.Set(t, args[1], def)
	}},
	{"update", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		d := args[0].(*Dict)
		if len(args) > 1 {
			if err := dictUpdate(t, d, args[1]); err != nil {
				return nil, err
			}
		}
		for _, k := range kw {
			if err := k.storeIn(t, d); err != nil {
				return nil, err
			}
		}
		return None, nil
	}},
	{"copy", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0].(*Dict).Copy(), nil }},
	{"clear", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		args[0].(*Dict).Clear()
		return None, nil
	}},
}

// rangeMethods are built-in methods of range.
var rangeMethods = []method{
	{"index", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("range.index() takes exactly one argument (%d given)", len(args)-1)
		}
		if x, ok := exactInt(args[1]); ok {
			if i := rangePosition(args[0], x); i != nil {
				return MakeInt(i), nil
			}
			return nil, t.valueErrorf("%s is not in range", x.String())
		}
		items, err := toSlice(t, args[0])
		if err != nil {
			return nil, err
		}
		return seqIndexOf(t, items, args[1:], "sequence.index(x): x not in sequence")
	}},
	{"count", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("range.count() takes exactly one argument (%d given)", len(args)-1)
		}
		if x, ok := exactInt(args[1]); ok {
			if rangePosition(args[0], x) != nil {
				return Int(1), nil
			}
			return Int(0), nil
		}
		items, err := toSlice(t, args[0])
		if err != nil {
			return nil, err
		}
		return seqCount(t, items, args[1])
	}},
}

// bytesMethods are built-in methods of bytes.
var bytesMethods = []method{
	{"__len__", builtinLenMethod},
}

// propertyMethods are built-in methods of property.
var propertyMethods = []method{
	{"setter", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		p := *args[0].(*Property)
		p.Set = args[1]
		return &p, nil
	}},
	{"getter", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		p := *args[0].(*Property)
		p.Get = args[1]
		return &p, nil
	}},
	{"deleter", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		p := *args[0].(*Property)
		p.Del = args[1]
		return &p, nil
	}},
}

func init() {
	IntType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		a, err := parseArgs(t, "int", args, kw, []string{"x?", "base?"})
		if err != nil {
			return nil, err
		}
		if a[0] == nil {
			return Int(0), nil
		}
		if a[1] != nil {
			b, _, _ := Index(t, a[1])
			s, ok := a[0].(Str)
			if !ok {
				return nil, t.typeErrorf("int() can't convert non-string with explicit base")
			}
			if b != 0 && (b < 2 || b > 36) {
				return nil, t.valueErrorf("int() base must be >= 2 and <= 36, or 0")
			}
			return parseIntLiteral(t, string(s), int(b))
		}
		if b, ok := inherited(a[0], "__int__"); ok {
			a[0] = b
		}
		switch x := a[0].(type) {
		case Int, *BigInt:
			return x, nil
		case Bool:
			return b2i(x), nil
		case Float:
			f := float64(x)
			if math.IsInf(f, 0) {
				return nil, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
			}
			if math.IsNaN(f) {
				return nil, t.valueErrorf("cannot convert float NaN to integer")
			}
			if math.Abs(f) < 1<<62 {
				return Int(int64(f)), nil
			}
			return MakeInt(floatToBig(f)), nil
		case Str:
			return parseIntLiteral(t, string(x), 10)
		case Bytes:
			return parseIntLiteral(t, string(x), 10)
		}
		for _, m := range []string{"__int__", "__index__", "__trunc__"} {
			if r, ok, err := t.special(a[0], m); ok {
				return r, err
			}
		}
		return nil, t.typeErrorf("int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(a[0]))
	}
	IntType.setMethods(intMethods)
	BoolType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if err := noKw(t, "bool", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return False, nil
		}
		if len(args) > 1 {
			return nil, t.typeErrorf("bool expected at most 1 argument, got %d", len(args))
		}
		b, err := Truth(t, args[0])
		return Bool(b), err
	}
	FloatType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if err := noKw(t, "float", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return Float(0), nil
		}
		if len(args) > 1 {
			return nil, t.typeErrorf("float expected at most 1 argument, got %d", len(args))
		}
		x := args[0]
		if b, ok := inherited(x, "__float__"); ok {
			x = b
		}
		switch x := x.(type) {
		case Float:
			return x, nil
		case Int, Bool, *BigInt:
			f, _ := toFloat(x)
			if math.IsInf(f, 0) {
				return nil, Errorf(OverflowErrorType, "int too large to convert to float")
			}
			return Float(f), nil
		case Str:
			return parseFloatLiteral(t, string(x))
		}
		if r, ok, err := t.special(args[0], "__float__"); ok {
			return r, err
		}
		return nil, t.typeErrorf("float() argument must be a string or a real number, not '%s'", typeName(args[0]))
	}
	FloatType.setMethods(floatMethods)
	TupleType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if err := noKw(t, "tuple", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return Tuple{}, nil
		}
		if tu, ok := args[0].(Tuple); ok {
			return tu, nil
		}
		items, err := toSlice(t, args[0])
		return Tuple(items), err
	}
	TupleType.setMethods(tupleMethods)
	ListType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if err := noKw(t, "list", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return NewList(nil), nil
		}
		if len(args) > 1 {
			return nil, t.typeErrorf("list expected at most 1 argument, got %d", len(args))
		}
		items, err := toSlice(t, args[0])
		return NewList(items), err
	}
	ListType.setMethods(listMethods)
	ListType.setMethods(containerMethods)
	DictType.setMethods(containerMethods)
	DictType.Dict.SetStr("__getitem__", dictGetItem)
	DictType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		d := NewDict()
		if len(args) > 1 {
			return nil, t.typeErrorf("dict expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 {
			if err := dictUpdate(t, d, args[0]); err != nil {
				return nil, err
			}
		}
		for _, k := range kw {
			if err := k.storeIn(t, d); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	DictType.setMethods(dictMethods)
	DictType.Dict.SetStr("fromkeys", &ClassMethod{Func: fn("fromkeys", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		var d Value = NewDict()
		if cls, ok := args[0].(*Type); ok && cls != DictType {
			var err error
			if d, err = t.Call(cls); err != nil {
				return nil, err
			}
		}
		keys, err := toSlice(t, args[1])
		if err != nil {
			return nil, err
		}
		var v Value = None
		if len(args) > 2 {
			v = args[2]
		}
		for _, k := range keys {
			if err := SetItem(t, d, k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	})})
	setCtor := func(frozen bool) func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		return func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
			s := &Set{frozen: frozen}
			if len(args) == 1 {
				items, err := toSlice(t, args[0])
				if err != nil {
					return nil, err
				}
				for _, it := range items {
					if err := s.Add(t, it); err != nil {
						return nil, err
					}
				}
			}
			return s, nil
		}
	}
	SetType.callFn = setCtor(false)
	FrozenSetType.callFn = setCtor(true)
	setMethods := []method{
		{"add", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return None, args[0].(*Set).Add(t, args[1])
		}},
		{"remove", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			ok, err := args[0].(*Set).Remove(t, args[1])
			if err == nil && !ok {
				err = NewException(KeyErrorType, args[1])
			}
			return None, err
		}},
		{"discard", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			_, err := args[0].(*Set).Remove(t, args[1])
			return None, err
		}},
		{"pop", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			s := args[0].(*Set)
			el := s.Elems()
			if len(el) == 0 {
				return nil, NewException(KeyErrorType, Str("pop from an empty set"))
			}
			_, err := s.Remove(t, el[0])
			return el[0], err
		}},
		{"clear", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			args[0].(*Set).tb.clear()
			return None, nil
		}},
		{"copy", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			s := args[0].(*Set)
			return setBinary(t, 9, s, &Set{})
		}},
		{"update", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			s := args[0].(*Set)
			for _, a := range args[1:] {
				items, err := toSlice(t, a)
				if err != nil {
					return nil, err
				}
				for _, it := range items {
					if err := s.Add(t, it); err != nil {
						return nil, err
					}
				}
			}
			return None, nil
		}},
		{"union", setOpMethod(syntax.BitOr)},
		{"intersection", setOpMethod(syntax.BitAnd)},
		{"difference", setOpMethod(syntax.Sub)},
		{"symmetric_difference", setOpMethod(syntax.BitXor)},
		{"issubset", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			o, err := SetType.callFn(t, SetType, args[1:2], nil)
			if err != nil {
				return nil, err
			}
			return setCompare(t, CmpLe, args[0].(*Set), o.(*Set))
		}},
		{"issuperset", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			o, err := SetType.callFn(t, SetType, args[1:2], nil)
			if err != nil {
				return nil, err
			}
			return setCompare(t, CmpGe, args[0].(*Set), o.(*Set))
		}},
		{"isdisjoint", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			o, err := SetType.callFn(t, SetType, args[1:2], nil)
			if err != nil {
				return nil, err
			}
			r, err := setBinary(t, 11, args[0].(*Set), o.(*Set))
			if err != nil {
				return nil, err
			}
			return Bool(r.(*Set).Len() == 0), nil
		}},
		{"__len__", builtinLenMethod},
		{"__contains__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			r, err := Contains(t, args[0], args[1])
			return Bool(r), err
		}},
	}
	for i, m := range setMethods {
		if !slices.Contains([]string{"add", "remove", "discard", "issubset", "issuperset", "isdisjoint"}, m.name) {
			continue
		}
		setMethods[i].fn = func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, t.typeErrorf("%s.%s() takes exactly one argument (%d given)", typeName(args[0]), m.name, len(args)-1)
			}
			return m.fn(t, args, kw)
		}
	}
	SetType.setMethods(setMethods)
	FrozenSetType.setMethods(slices.DeleteFunc(setMethods, func(m method) bool {
		return slices.Contains([]string{"add", "remove", "discard", "pop", "clear", "update"}, m.name)
	}))
	RangeType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if err := noKw(t, "range", kw); err != nil {
			return nil, err
		}
		var ns [3]*big.Int
		for i, a := range args {
			if i >= 3 {
				return nil, t.typeErrorf("range expected at most 3 arguments, got %d", len(args))
			}
			n, ok, err := indexBig(t, a)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, t.typeErrorf("'%s' object cannot be interpreted as an integer", typeName(a))
			}
			ns[i] = n
		}
		switch len(args) {
		case 0:
			return nil, t.typeErrorf("range expected at least 1 argument, got 0")
		case 1:
			return newRange(new(big.Int), ns[0], big.NewInt(1)), nil
		case 2:
			return newRange(ns[0], ns[1], big.NewInt(1)), nil
		}
		if ns[2].Sign() == 0 {
			return nil, t.valueErrorf("range() arg 3 must not be zero")
		}
		return newRange(ns[0], ns[1], ns[2]), nil
	}
	RangeType.setMethods(rangeMethods)
	SliceType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		switch len(args) {
		case 1:
			return &Slice{None, args[0], None}, nil
		case 2:
			return &Slice{args[0], args[1], None}, nil
		case 3:
			return &Slice{args[0], args[1], args[2]}, nil
		}
		return nil, t.typeErrorf("slice expected at least 1 argument, got %d", len(args))
	}
	BytesType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 0 {
			return Bytes(""), nil
		}
		switch x := args[0].(type) {
		case *ByteArray:
			return Bytes(x.B), nil
		case Str:
			if len(args) < 2 {
				return nil, t.typeErrorf("string argument without an encoding")
			}
			return Bytes(string(x)), nil
		case Int:
			if x < 0 {
				return nil, t.valueErrorf("negative count")
			}
			if err := t.CheckAlloc(int64(x)); err != nil {
				return nil, err
			}
			return Bytes(make([]byte, x)), nil
		case Bytes:
			return x, nil
		}
		items, err := toSlice(t, args[0])
		if err != nil {
			return nil, err
		}
		b := make([]byte, len(items))
		for i, it := range items {
			n, _, _ := Index(t, it)
			if n < 0 || n > 255 {
				return nil, t.valueErrorf("bytes must be in range(0, 256)")
			}
			b[i] = byte(n)
		}
		return Bytes(b), nil
	}
	BytesType.setMethods(bytesMethods)
	ObjectType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if cls == ObjectType {
			if len(args) > 0 || len(kw) > 0 {
				return nil, t.typeErrorf("object() takes no arguments")
			}
			return &Instance{Class: ObjectType, Dict: NewDict()}, nil
		}
		return nil, nil
	}
	ObjectType.callFn = nil
	StaticMethodType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, t.typeErrorf("staticmethod expected 1 argument, got %d", len(args))
		}
		return &StaticMethod{Func: args[0]}, nil
	}
	ClassMethodType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, t.typeErrorf("classmethod expected 1 argument, got %d", len(args))
		}
		return &ClassMethod{Func: args[0]}, nil
	}
	PropertyType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		a, err := parseArgs(t, "property", args, kw, []string{"fget?", "fset?", "fdel?", "doc?"})
		if err != nil {
			return nil, err
		}
		p := &Property{Get: a[0], Set: a[1], Del: a[2], Doc: a[3]}
		if p.Doc == nil && p.Get != nil {
			if d, err := GetAttr(t, p.Get, "__doc__"); err == nil {
				p.Doc = d
			}
		}
		return p, nil
	}
	PropertyType.setMethods(propertyMethods)
	TypeType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		switch len(args) {
		case 1:
			return args[0].Type(), nil
		case 3:
			name, ok := args[0].(Str)
			bases, ok2 := args[1].(Tuple)
			ns, ok3 := args[2].(*Dict)
			if !ok || !ok2 || !ok3 {
				return nil, t.typeErrorf("type.__new__() argument 1 must be str, not %s", typeName(args[0]))
			}
			ns = ns.Copy()
			if _, ok := ns.GetStr("__module__"); !ok {
				if t.frame != nil {
					if m, ok := t.frame.Globals.GetStr("__name__"); ok {
						ns.SetStr("__module__", m)
					}
				}
			}
			return newClass(t, string(name), string(name), bases, ns)
		}
		return nil, t.typeErrorf("type() takes 1 or 3 arguments")
	}
}

var builtinLenMethod BuiltinFunc = func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	n, err := Len(t, args[0])
	return Int(n), err
}

// containerMethods are the special methods list and dict expose for
// their item protocol.
var containerMethods = []method{
	{"__len__", builtinLenMethod},
	{"__getitem__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return GetItem(t, args[0], args[1])
	}},
	{"__setitem__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return None, SetItem(t, args[0], args[1], args[2])
	}},
	{"__delitem__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return None, DelItem(t, args[0], args[1])
	}},
	{"__contains__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		r, err := Contains(t, args[0], args[1])
		return Bool(r), err
	}},
	{"__iter__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Iterate(t, args[0]) }},
}

func setOpMethod(op Op) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		s := args[0].(*Set)
		out := &Set{frozen: s.frozen}
		for _, e := range s.Elems() {
			out.tb.add(e, nil, mustHash(e))
		}
		if len(args) == 1 {
			return out, nil
		}
		for _, a := range args[1:] {
			o, err := SetType.callFn(t, SetType, []Value{a}, nil)
			if err != nil {
				return nil, err
			}
			r, err := setBinary(t, op, out, o.(*Set))
			if err != nil {
				return nil, err
			}
			out = r.(*Set)
		}
		return out, nil
	}
}

// insertPosition reads the index argument of list.insert and
// bytearray.insert (args are self, index, value) and clamps it to a
// sequence of n items as CPython does.
func insertPosition(t *Thread, args []Value, n int) (int, error) {
	if len(args) != 3 {
		return 0, t.typeErrorf("insert expected 2 arguments, got %d", len(args)-1)
	}
	i, ok, err := Index(t, args[1])
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, t.typeErrorf("'%s' object cannot be interpreted as an integer", typeName(args[1]))
	}
	if i < 0 {
		i = max(i+int64(n), 0)
	}
	return int(min(i, int64(n))), nil
}

// seqIndexOf is the index method of a sequence: args are x and the
// optional start and stop (clamped as slice bounds are); msg replaces the
// default "x is not in list".
func seqIndexOf(t *Thread, items []Value, args []Value, msg string) (Value, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, t.typeErrorf("index expected at least 1 argument, got %d", len(args))
	}
	x := args[0]
	bounds := [2]int64{0, int64(len(items))}
	for i, b := range args[1:] {
		n, ok, err := Index(t, b)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, t.typeErrorf("slice indices must be integers or have an __index__ method")
		}
		if n < 0 {
			n = max(n+int64(len(items)), 0)
		}
		bounds[i] = min(n, int64(len(items)))
	}
	for i := bounds[0]; i < bounds[1]; i++ {
		it := items[i]
		eq, err := Equal(t, it, x)
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(i), nil
		}
	}
	if msg == "" {
		r, _ := Repr(t, x)
		msg = r + " is not in list"
	}
	return nil, t.valueErrorf("%s", msg)
}

func seqCount(t *Thread, items []Value, x Value) (Value, error) {
	n := 0
	for _, it := range items {
		eq, err := Equal(t, it, x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

// dictUpdate merges a mapping or an iterable of pairs into d.
func dictUpdate(t *Thread, d *Dict, src Value) error {
	if b, ok := inherited(src, "__iter__"); ok {
		if bd, ok := b.(*Dict); ok {
			// A dict subclass that iterates as a dict is copied as one.
			src = bd
		}
	}
	switch x := src.(type) {
	case *Dict:
		for _, kv := range x.Items() {
			if err := d.Set(t, kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	if keys, err := GetAttr(t, src, "keys"); err == nil {
		ks, err := t.Call(keys)
		if err != nil {
			return err
		}
		list, err := toSlice(t, ks)
		if err != nil {
			return err
		}
		for _, k := range list {
			v, err := GetItem(t, src, k)
			if err != nil {
				return err
			}
			if err := d.Set(t, k, v); err != nil {
				return err
			}
		}
		return nil
	}
	items, err := toSlice(t, src)
	if err != nil {
		return t.typeErrorf("'%s' object is not iterable", typeName(src))
	}
	for i, it := range items {
		pair, err := toSlice(t, it)
		if err != nil {
			return t.typeErrorf("cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(pair) != 2 {
			return t.valueErrorf("dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if err := d.Set(t, pair[0], pair[1]); err != nil {
			return err
		}
	}
	return nil
}

// listSort sorts l in place (stable), with key= and reverse=.
func listSort(t *Thread, l *List, kw []Kwarg) error {
	var key Value
	reverse := false
	for _, k := range kw {
		switch k.Name {
		case "key":
			if k.Value != None {
				key = k.Value
			}
		case "reverse":
			reverse, _ = Truth(t, k.Value)
		default:
			return t.typeErrorf("'%s' is an invalid keyword argument for sort()", k.Name)
		}
	}
	items := l.Items
	keys := append([]Value(nil), items...)
	if key != nil {
		keys = make([]Value, len(items))
		for i, it := range items {
			k, err := t.Call(key, it)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	var sortErr error
	less := func(x, y Value) bool {
		if sortErr != nil {
			return false
		}
		if xi, ok := x.(Int); ok {
			if yi, ok := y.(Int); ok {
				return xi < yi
			}
		}
		if xs, ok := x.(Str); ok {
			if ys, ok := y.(Str); ok {
				return xs < ys
			}
		}
		r, err := Compare(t, CmpLt, x, y)
		if err != nil {
			sortErr = err
			return false
		}
		b, err := Truth(t, r)
		if err != nil {
			sortErr = err
		}
		return b
	}
	out := append([]Value(nil), items...)
	if reverse {
		reverseValues(keys)
		reverseValues(out)
	}
	timsort(keys, out, less)
	if sortErr != nil {
		return sortErr
	}
	if reverse {
		reverseValues(out)
	}
	l.Items = out
	return nil
}

func reverseValues(v []Value) {
	for i, j := 0, len(v)-1; i < j; i, j = i+1, j-1 {
		v[i], v[j] = v[j], v[i]
	}
}

// DictView is a dict's keys(), values() or items() view.
type DictView struct {
	D    *Dict
	Kind string
}

// Type returns the view type.
func (v *DictView) Type() *Type { return dictViewTypes[v.Kind] }

var dictViewTypes = map[string]*Type{
	"keys": newType("dict_keys", ObjectType), "values": newType("dict_values", ObjectType), "items": newType("dict_items", ObjectType),
}

func (v *DictView) elems() []Value {
	items := v.D.Items()
	out := make([]Value, len(items))
	for i, kv := range items {
		switch v.Kind {
		case "keys":
			out[i] = kv[0]
		case "values":
			out[i] = kv[1]
		default:
			out[i] = Tuple{kv[0], kv[1]}
		}
	}
	return out
}

func init() {
	for kind, tp := range dictViewTypes {
		kind := kind
		tp.newFn = nil
		tp.setMethods([]method{
			{"__iter__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
				v := args[0].(*DictView)
				return dictIter(v.D, "dict_"+strings.TrimSuffix(kind, "s")+"iterator", func(k, val Value) Value {
					switch kind {
					case "keys":
						return k
					case "values":
						return val
					}
					return Tuple{k, val}
				}), nil
			}},
			{"__len__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
				return Int(args[0].(*DictView).D.Len()), nil
			}},
			{"__repr__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
				v := args[0].(*DictView)
				s, err := t.seqRepr(v, "dict_"+kind+"([", "])", v.elems())
				return Str(s), err
			}},
			{"__contains__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
				v := args[0].(*DictView)
				if kind == "keys" {
					_, ok, err := v.D.Get(t, args[1])
					return Bool(ok), err
				}
				ok, err := seqContains(t, v.elems(), args[1])
				return Bool(ok), err
			}},
		})
	}
}
