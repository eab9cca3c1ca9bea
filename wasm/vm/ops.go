package vm

import (
	"math"
	"math/big"
	"strings"
)

// Truth is bool(v).
func Truth(t *Thread, v Value) (bool, error) {
	switch x := v.(type) {
	case Bool:
		return bool(x), nil
	case Int:
		return x != 0, nil
	case NoneType:
		return false, nil
	case Str:
		return x != "", nil
	case Float:
		return x != 0, nil
	case *List:
		return len(x.Items) > 0, nil
	case Tuple:
		return len(x) > 0, nil
	case *Dict:
		return x.Len() > 0, nil
	case *Set:
		return x.Len() > 0, nil
	case *BigInt:
		return x.v.Sign() != 0, nil
	case Bytes:
		return x != "", nil
	case *ByteArray:
		return len(x.B) > 0, nil
	case *Range:
		return x.Len() > 0, nil
	case *BigRange:
		return x.length.Sign() > 0, nil
	case *Instance, *Exception:
		if b, ok := inherited(v, "__bool__"); ok {
			if _, ok := inherited(v, "__len__"); ok {
				return Truth(t, b)
			}
		}
		tp := v.Type()
		if m := tp.Lookup("__bool__"); m != nil {
			r, err := t.callMethod(m, v)
			if err != nil {
				return false, err
			}
			b, ok := r.(Bool)
			if !ok {
				return false, t.typeErrorf("__bool__ should return bool, returned %s", typeName(r))
			}
			return bool(b), nil
		}
		if m := tp.Lookup("__len__"); m != nil {
			n, err := lenOf(t, v, m)
			return n > 0, err
		}
	}
	return true, nil
}

// Len is len(v).
func Len(t *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Str:
		return strLen(x), nil
	case *List:
		return len(x.Items), nil
	case Tuple:
		return len(x), nil
	case *Dict:
		return x.Len(), nil
	case *Set:
		return x.Len(), nil
	case Bytes:
		return len(x), nil
	case *ByteArray:
		return len(x.B), nil
	case *Range:
		return int(x.Len()), nil
	case *BigRange:
		if !x.length.IsInt64() {
			return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return int(x.length.Int64()), nil
	}
	if m := v.Type().Lookup("__len__"); m != nil {
		return lenOf(t, v, m)
	}
	return 0, t.typeErrorf("object of type '%s' has no len()", typeName(v))
}

func lenOf(t *Thread, v, m Value) (int, error) {
	r, err := t.callMethod(m, v)
	if err != nil {
		return 0, err
	}
	n, ok := r.(Int)
	if !ok {
		if b, isb := r.(Bool); isb {
			return int(b2i(b)), nil
		}
		return 0, t.typeErrorf("'%s' object cannot be interpreted as an integer", typeName(r))
	}
	if n < 0 {
		return 0, t.valueErrorf("__len__() should return >= 0")
	}
	return int(n), nil
}

func b2i(b Bool) Int {
	if b {
		return 1
	}
	return 0
}

// callMethod calls the special method m (found on self's type) with self
// bound as the first argument.
func (t *Thread) callMethod(m Value, self Value, args ...Value) (Value, error) {
	switch f := m.(type) {
	case *Function:
		all := make([]Value, 0, len(args)+1)
		all = append(append(all, self), args...)
		return t.callFunction(f, all, nil)
	case *Builtin:
		if f.Self == nil {
			all := make([]Value, 0, len(args)+1)
			all = append(append(all, self), args...)
			return f.Fn(t, f.receiver(all), nil)
		}
	}
	bound, err := bindAttr(t, m, self, self.Type())
	if err != nil {
		return nil, err
	}
	return t.CallKw(bound, args, nil)
}

// special looks up and calls a special method on v's type; ok is false if
// the type has none.
func (t *Thread) special(v Value, name string, args ...Value) (r Value, ok bool, err error) {
	m := v.Type().Lookup(name)
	if m == nil {
		return nil, false, nil
	}
	r, err = t.callMethod(m, v, args...)
	return r, true, err
}

// Repr is repr(v).
func Repr(t *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return strRepr(string(x)), nil
	case Int:
		return intString(x), nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case NoneType:
		return "None", nil
	case Float:
		return floatRepr(float64(x)), nil
	case *BigInt:
		return decimalString(t, x.v)
	}
	if t != nil {
		if t.reprDepth > 200 {
			return "", Errorf(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object")
		}
		t.reprDepth++
		defer func() { t.reprDepth-- }()
	}
	switch x := v.(type) {
	case *GenericAlias:
		return x.repr(t)
	case *ByteArray:
		return "bytearray(" + bytesRepr(string(x.B)) + ")", nil
	case *List:
		return t.seqRepr(v, "[", "]", x.Items)
	case Tuple:
		if len(x) == 1 {
			r, err := Repr(t, x[0])
			return "(" + r + ",)", err
		}
		return t.seqRepr(v, "(", ")", x)
	case *Dict:
		return t.dictRepr(x)
	case *Set:
		if x.Len() == 0 {
			return typeName(x) + "()", nil
		}
		if x.frozen {
			s, err := t.seqRepr(v, "{", "}", x.Elems())
			return "frozenset(" + s + ")", err
		}
		return t.seqRepr(v, "{", "}", x.Elems())
	case *Exception:
		if m := x.Class.Lookup("__repr__"); m != nil {
			if _, builtin := m.(*Builtin); !builtin {
				return reprResult(t, m, v)
			}
		}
		return excRepr(t, x)
	case *Instance:
		if b, ok := inherited(x, "__repr__"); ok {
			if s, ok := b.(*Set); ok {
				// A set names its class: S({1, 2}).
				if s.Len() == 0 {
					return typeName(v) + "()", nil
				}
				r, err := t.seqRepr(s, "{", "}", s.Elems())
				return typeName(v) + "(" + r + ")", err
			}
			return Repr(t, b)
		}
		if m := x.Class.Lookup("__repr__"); m != nil {
			return reprResult(t, m, v)
		}
	case *DictView:
		r, err := t.callMethod(x.Type().Lookup("__repr__"), x)
		if err != nil {
			return "", err
		}
		return string(r.(Str)), nil
	case *Type:
		if x.Builtin && x.Module == "builtins" {
			return "<class '" + x.Name + "'>", nil
		}
		return "<class '" + x.Module + "." + x.Qualname + "'>", nil
	}
	return defaultRepr(t, v), nil
}

func reprResult(t *Thread, m, v Value) (string, error) {
	r, err := t.callMethod(m, v)
	if err != nil {
		return "", err
	}
	s, ok := r.(Str)
	if !ok {
		return "", t.typeErrorf("__repr__ returned non-string (type %s)", typeName(r))
	}
	return string(s), nil
}

func (t *Thread) seqRepr(self Value, open, close string, items []Value) (string, error) {
	if t != nil {
		for _, x := range t.reprStack {
			if identityKey(x) == identityKey(self) {
				return open[:1] + "..." + close[len(close)-1:], nil
			}
		}
		t.reprStack = append(t.reprStack, self)
		defer func() { t.reprStack = t.reprStack[:len(t.reprStack)-1] }()
	}
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(t, it)
		if err != nil {
			return "", err
		}
		b.WriteString(r)
	}
	b.WriteString(close)
	return b.String(), nil
}

func (t *Thread) dictRepr(d *Dict) (string, error) {
	if t != nil {
		for _, x := range t.reprStack {
			if x == Value(d) {
				return "{...}", nil
			}
		}
		t.reprStack = append(t.reprStack, d)
		defer func() { t.reprStack = t.reprStack[:len(t.reprStack)-1] }()
	}
	var b strings.Builder
	b.WriteString("{")
	for i, kv := range d.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		k, err := Repr(t, kv[0])
		if err != nil {
			return "", err
		}
		v, err := Repr(t, kv[1])
		if err != nil {
			return "", err
		}
		b.WriteString(k + ": " + v)
	}
	b.WriteString("}")
	return b.String(), nil
}

// ToStr is str(v).
func ToStr(t *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case *Exception:
		if m := x.Class.Lookup("__str__"); m != nil {
			if _, builtin := m.(*Builtin); !builtin {
				return strResult(t, m, v)
			}
		}
		return excStr(t, x)
	case *Instance:
		if b, ok := inherited(x, "__str__"); ok {
			// str and bytes have a str of their own; the other built-in
			// types print their repr, which the class may override.
			switch b.(type) {
			case Str, Bytes:
				return ToStr(t, b)
			}
			return Repr(t, v)
		}
		if m := x.Class.Lookup("__str__"); m != nil {
			return strResult(t, m, v)
		}
	}
	return Repr(t, v)
}

func strResult(t *Thread, m, v Value) (string, error) {
	r, err := t.callMethod(m, v)
	if err != nil {
		return "", err
	}
	s, ok := r.(Str)
	if !ok {
		return "", t.typeErrorf("__str__ returned non-string (type %s)", typeName(r))
	}
	return string(s), nil
}

const hashModulus = (1 << 61) - 1

// Hash is hash(v).
func Hash(t *Thread, v Value) (int64, error) {
	switch x := v.(type) {
	case Int:
		return hashInt(int64(x)), nil
	case Bool:
		return int64(b2i(x)), nil
	case Str:
		return hashString(string(x)), nil
	case Float:
		return hashFloat(float64(x)), nil
	case *BigInt:
		m := new(big.Int).Mod(new(big.Int).Abs(x.v), big.NewInt(hashModulus)).Int64()
		if x.v.Sign() < 0 {
			m = -m
		}
		if m == -1 {
			m = -2
		}
		return m, nil
	case Bytes:
		return hashString(string(x)), nil
	case Tuple:
		return hashTuple(t, x)
	case NoneType:
		return 0x5f6e6f6e65, nil
	case *List, *Dict, *Slice, *ByteArray:
		return 0, t.typeErrorf("unhashable type: '%s'", typeName(v))
	case *Set:
		if !x.frozen {
			return 0, t.typeErrorf("unhashable type: 'set'")
		}
		var h int64
		for _, e := range x.Elems() {
			eh, err := Hash(t, e)
			if err != nil {
				return 0, err
			}
			h ^= eh*0x5bd1e995 + 0x7f4a7c15
		}
		return h, nil
	case *Instance, *Exception:
		if b, ok := inherited(v, "__hash__"); ok {
			if unhashableBase(b) {
				return 0, t.typeErrorf("unhashable type: '%s'", typeName(v))
			}
			return Hash(t, b)
		}
		m := v.Type().Lookup("__hash__")
		if m == None {
			return 0, t.typeErrorf("unhashable type: '%s'", typeName(v))
		}
		if f, ok := m.(*Function); ok {
			r, err := t.callFunction(f, []Value{v}, nil)
			if err != nil {
				return 0, err
			}
			switch n := r.(type) {
			case Int:
				// An int that fits is the hash as it is, as in CPython.
				if n == -1 {
					return -2, nil
				}
				return int64(n), nil
			case *BigInt, Bool:
				return Hash(t, n)
			}
			return 0, t.typeErrorf("__hash__ method should return an integer")
		}
	}
	return int64(t.interp.id(v) >> 4), nil
}

func hashInt(n int64) int64 {
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat is CPython's _Py_HashDouble: the float's exact value
// reduced modulo 2**61-1, so that equal ints and floats hash alike.
func hashFloat(f float64) int64 {
	const bits = 61
	switch {
	case math.IsInf(f, 1):
		return 314159
	case math.IsInf(f, -1):
		return -314159
	case math.IsNaN(f):
		return 0
	}
	m, e := math.Frexp(f)
	sign := uint64(1)
	if m < 0 {
		sign, m = ^uint64(0), -m // -1 as an unsigned multiplier
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(bits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= bits
	} else {
		e = bits - 1 - ((-1 - e) % bits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(bits-uint(e))
	x *= sign
	if int64(x) == -1 {
		return -2
	}
	return int64(x)
}

func hashString(s string) int64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	r := int64(h >> 1)
	if r == -1 {
		r = -2
	}
	return r
}

// hashTuple is CPython's tuplehash (xxHash-based).
func hashTuple(t *Thread, tu Tuple) (int64, error) {
	const p1, p2, p5 = 11400714785074694791, 14029467366897019727, 2870177450012600261
	acc := uint64(p5)
	for _, x := range tu {
		h, err := Hash(t, x)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * p2
		acc = acc<<31 | acc>>33
		acc *= p1
	}
	acc += uint64(len(tu)) ^ (p5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// Equal is a == b, as a Go bool.
func Equal(t *Thread, a, b Value) (bool, error) {
	switch x := a.(type) {
	case Str:
		if y, ok := b.(Str); ok {
			return x == y, nil
		}
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case Tuple:
		if y, ok := b.(Tuple); ok {
			return seqEqual(t, x, y)
		}
	case *List:
		if y, ok := b.(*List); ok {
			return seqEqual(t, x.Items, y.Items)
		}
	}
	r, err := Compare(t, CmpEq, a, b)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

func seqEqual(t *Thread, x, y []Value) (bool, error) {
	if len(x) != len(y) {
		return false, nil
	}
	for i := range x {
		if x[i] == y[i] && isIdentityComparable(x[i]) {
			continue
		}
		eq, err := Equal(t, x[i], y[i])
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// isIdentityComparable reports whether a == on the Go interface is a
// safe identity test (it would panic for slices).
func isIdentityComparable(v Value) bool {
	_, isTuple := v.(Tuple)
	return !isTuple
}

// Is is the Python "is" operator.
func Is(a, b Value) bool {
	ta, ok1 := a.(Tuple)
	tb, ok2 := b.(Tuple)
	if ok1 || ok2 {
		if !(ok1 && ok2) || len(ta) != len(tb) {
			return false
		}
		return len(ta) == 0 || &ta[0] == &tb[0]
	}
	if fa, ok := a.(Float); ok {
		fb, ok := b.(Float)
		return ok && math.Float64bits(float64(fa)) == math.Float64bits(float64(fb))
	}
	return a == b
}

// CmpOp is a rich comparison operator.
type CmpOp uint8

// Rich comparison operators.
const (
	CmpLt CmpOp = iota
	CmpLe
	CmpEq
	CmpNe
	CmpGt
	CmpGe
)

var cmpNames = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
var cmpReflect = [...]CmpOp{CmpGt, CmpGe, CmpEq, CmpNe, CmpLt, CmpLe}
var cmpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

func cmpResult(op CmpOp, c int) Value {
	switch op {
	case CmpLt:
		return Bool(c < 0)
	case CmpLe:
		return Bool(c <= 0)
	case CmpEq:
		return Bool(c == 0)
	case CmpNe:
		return Bool(c != 0)
	case CmpGt:
		return Bool(c > 0)
	}
	return Bool(c >= 0)
}

// Compare applies a rich comparison operator.
func Compare(t *Thread, op CmpOp, a, b Value) (Value, error) {
	a, b = bytesView(a), bytesView(b)
	// Fast paths for built-in types.
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return cmpResult(op, cmpInt64(int64(x), int64(y))), nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return cmpResult(op, strings.Compare(string(x), string(y))), nil
		}
	}
	_, ua := a.(*Instance)
	_, ea := a.(*Exception)
	_, ub := b.(*Instance)
	_, eb := b.(*Exception)
	if ua || ub || ea || eb {
		return t.userCompare(op, a, b)
	}
	r, err := builtinCompare(t, op, a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	return t.noComparison(op, a, b)
}

// noComparison is the result of a comparison that neither operand
// implements: identity for == and !=, else a TypeError.
func (t *Thread) noComparison(op CmpOp, a, b Value) (Value, error) {
	switch op {
	case CmpEq:
		return Bool(Is(a, b)), nil
	case CmpNe:
		return Bool(!Is(a, b)), nil
	}
	return nil, t.typeErrorf("'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], typeName(a), typeName(b))
}

// builtinCompare is the comparison of the built-in types, NotImplemented
// for operands it does not handle.
func builtinCompare(t *Thread, op CmpOp, a, b Value) (Value, error) {
	a, b = bytesView(a), bytesView(b)
	if c, ok := numCompare(a, b); ok {
		if c == 2 { // NaN
			return Bool(op == CmpNe), nil
		}
		return cmpResult(op, c), nil
	}
	switch x := a.(type) {
	case Str:
		if y, ok := b.(Str); ok {
			return cmpResult(op, strings.Compare(string(x), string(y))), nil
		}
	case Bytes:
		if y, ok := b.(Bytes); ok {
			return cmpResult(op, strings.Compare(string(x), string(y))), nil
		}
	case Tuple:
		if y, ok := b.(Tuple); ok {
			return seqCompare(t, op, x, y)
		}
	case *List:
		if y, ok := b.(*List); ok {
			return seqCompare(t, op, x.Items, y.Items)
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && (op == CmpEq || op == CmpNe) {
			eq, err := dictEqual(t, x, y)
			return Bool(eq == (op == CmpEq)), err
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			return setCompare(t, op, x, y)
		}
	case *Range, *BigRange:
		if _, _, _, _, ok := bigBounds(b); ok && (op == CmpEq || op == CmpNe) {
			return Bool(rangeEqual(x, b) == (op == CmpEq)), nil
		}
	}
	return NotImplemented, nil
}

func (t *Thread) userCompare(op CmpOp, a, b Value) (Value, error) {
	try := func(x, y Value, o CmpOp) (Value, error) {
		if xb, ok := inherited(x, cmpNames[o]); ok {
			return builtinCompare(t, o, xb, BaseOf(y))
		}
		m := x.Type().Lookup(cmpNames[o])
		if m == nil {
			return NotImplemented, nil
		}
		if bi, ok := m.(*Builtin); ok && bi.Name == cmpNames[o] && x.Type().Dict != nil {
			if _, isObj := ObjectType.Dict.GetStr(cmpNames[o]); isObj && ObjectType.Lookup(cmpNames[o]) == m {
				return NotImplemented, nil
			}
		}
		// CPython's rich comparison is a C-level call that counts
		// against the recursion limit, besides the Python method.
		t.depth++
		r, err := t.callMethod(m, x, y)
		t.depth--
		return r, err
	}
	reflectedFirst := b.Type() != a.Type() && b.Type().IsSubtype(a.Type())
	if reflectedFirst {
		r, err := try(b, a, cmpReflect[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := try(a, b, op)
	if err != nil || r != NotImplemented {
		return r, err
	}
	if !reflectedFirst {
		r, err = try(b, a, cmpReflect[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if op == CmpNe {
		if m := a.Type().Lookup("__eq__"); m != nil && ObjectType.Lookup("__eq__") != m {
			r, err := t.callMethod(m, a, b)
			if err != nil || r == NotImplemented {
				return Bool(!Is(a, b)), err
			}
			tr, err := Truth(t, r)
			return Bool(!tr), err
		}
	}
	return t.noComparison(op, a, b)
}

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// numCompare compares two numbers of any numeric type; 2 means unordered
// (NaN). ok is false if either is not a number.
func numCompare(a, b Value) (int, bool) {
	if !isNumber(a) || !isNumber(b) {
		return 0, false
	}
	fa, aIsF := a.(Float)
	fb, bIsF := b.(Float)
	if !aIsF && !bIsF {
		return toBig(a).Cmp(toBig(b)), true
	}
	if aIsF && bIsF {
		return cmpFloat(float64(fa), float64(fb)), true
	}
	// Mixed int/float: compare exactly.
	if aIsF {
		c, ok := cmpFloatInt(float64(fa), toBig(b))
		return c, ok
	}
	c, ok := cmpFloatInt(float64(fb), toBig(a))
	if c != 2 {
		c = -c
	}
	return c, ok
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	}
	return 2
}

func cmpFloatInt(f float64, n *big.Int) (int, bool) {
	if math.IsNaN(f) {
		return 2, true
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return 1, true
		}
		return -1, true
	}
	bf := new(big.Float).SetFloat64(f)
	return bf.Cmp(new(big.Float).SetInt(n)), true
}

func isNumber(v Value) bool {
	switch v.(type) {
	case Int, Float, Bool, *BigInt:
		return true
	}
	return false
}

func seqCompare(t *Thread, op CmpOp, x, y []Value) (Value, error) {
	n := min(len(x), len(y))
	for i := 0; i < n; i++ {
		if x[i] == y[i] && isIdentityComparable(x[i]) {
			continue
		}
		eq, err := Equal(t, x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			switch op {
			case CmpEq:
				return False, nil
			case CmpNe:
				return True, nil
			}
			return Compare(t, op, x[i], y[i])
		}
	}
	return cmpResult(op, cmpInt64(int64(len(x)), int64(len(y)))), nil
}

func dictEqual(t *Thread, x, y *Dict) (bool, error) {
	if x.Len() != y.Len() {
		return false, nil
	}
	for _, kv := range x.Items() {
		v, ok, err := y.Get(t, kv[0])
		if err != nil || !ok {
			return false, err
		}
		eq, err := Equal(t, kv[1], v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func setCompare(t *Thread, op CmpOp, x, y *Set) (Value, error) {
	sub := func(a, b *Set) (bool, error) {
		for _, e := range a.Elems() {
			ok, err := b.Has(t, e)
			if err != nil || !ok {
				return false, err
			}
		}
		return true, nil
	}
	xy, err := sub(x, y)
	if err != nil {
		return nil, err
	}
	yx, err := sub(y, x)
	if err != nil {
		return nil, err
	}
	switch op {
	case CmpEq:
		return Bool(xy && yx), nil
	case CmpNe:
		return Bool(!(xy && yx)), nil
	case CmpLe:
		return Bool(xy), nil
	case CmpLt:
		return Bool(xy && !yx), nil
	case CmpGe:
		return Bool(yx), nil
	}
	return Bool(yx && !xy), nil
}

// Contains is "x in container".
func Contains(t *Thread, container, x Value) (bool, error) {
	container, x = bytesView(container), bytesView(x)
	switch c := container.(type) {
	case Str:
		s, ok := x.(Str)
		if !ok {
			return false, t.typeErrorf("'in <string>' requires string as left operand, not %s", typeName(x))
		}
		return strings.Contains(string(c), string(s)), nil
	case *Dict:
		_, ok, err := c.Get(t, x)
		return ok, err
	case *Set:
		return c.Has(t, x)
	case *List:
		return seqContains(t, c.Items, x)
	case Tuple:
		return seqContains(t, c, x)
	case *Range:
		n, ok := x.(Int)
		if !ok {
			if n, ok := exactInt(x); ok {
				return rangePosition(c, n) != nil, nil
			}
			break
		}
		i := int64(n)
		if c.Step > 0 {
			return i >= c.Start && i < c.Stop && (i-c.Start)%c.Step == 0, nil
		}
		return i <= c.Start && i > c.Stop && (c.Start-i)%(-c.Step) == 0, nil
	case *BigRange:
		if n, ok := exactInt(x); ok {
			return rangePosition(c, n) != nil, nil
		}
	case Bytes:
		switch s := x.(type) {
		case Bytes:
			return strings.Contains(string(c), string(s)), nil
		case Int:
			return strings.IndexByte(string(c), byte(s)) >= 0, nil
		}
	}
	if r, ok, err := t.special(container, "__contains__", x); ok || err != nil {
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	it, err := Iterate(t, container)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeErrorType {
			return false, t.typeErrorf("argument of type '%s' is not iterable", typeName(container))
		}
		return false, err
	}
	for {
		v, ok, err := Next(t, it)
		if err != nil || !ok {
			return false, err
		}
		if eq, err := Equal(t, v, x); err != nil || eq {
			return eq, err
		}
	}
}

func seqContains(t *Thread, items []Value, x Value) (bool, error) {
	for i := 0; i < len(items); i++ {
		if items[i] == x && isIdentityComparable(x) {
			return true, nil
		}
		eq, err := Equal(t, items[i], x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}
