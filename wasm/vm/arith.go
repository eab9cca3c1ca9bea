package vm

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"github.com/exitplay/exitplay/wasm/syntax"
)

// Op is a binary operator, as in the syntax tree.
type Op = syntax.Operator

var binDunders = [...][2]string{
	syntax.Add: {"__add__", "__radd__"}, syntax.Sub: {"__sub__", "__rsub__"},
	syntax.Mult: {"__mul__", "__rmul__"}, syntax.MatMult: {"__matmul__", "__rmatmul__"},
	syntax.Div: {"__truediv__", "__rtruediv__"}, syntax.Mod: {"__mod__", "__rmod__"},
	syntax.Pow: {"__pow__", "__rpow__"}, syntax.LShift: {"__lshift__", "__rlshift__"},
	syntax.RShift: {"__rshift__", "__rrshift__"}, syntax.BitOr: {"__or__", "__ror__"},
	syntax.BitXor: {"__xor__", "__rxor__"}, syntax.BitAnd: {"__and__", "__rand__"},
	syntax.FloorDiv: {"__floordiv__", "__rfloordiv__"},
}

var inplaceDunders = [...]string{
	syntax.Add: "__iadd__", syntax.Sub: "__isub__", syntax.Mult: "__imul__", syntax.MatMult: "__imatmul__",
	syntax.Div: "__itruediv__", syntax.Mod: "__imod__", syntax.Pow: "__ipow__", syntax.LShift: "__ilshift__",
	syntax.RShift: "__irshift__", syntax.BitOr: "__ior__", syntax.BitXor: "__ixor__", syntax.BitAnd: "__iand__",
	syntax.FloorDiv: "__ifloordiv__",
}

// Binary applies a binary operator: a op b.
func Binary(t *Thread, op Op, a, b Value) (Value, error) {
	if r, ok := smallInts(op, a, b); ok {
		return r, nil
	}
	_, ua := a.(*Instance)
	_, ub := b.(*Instance)
	_, ea := a.(*Exception)
	_, eb := b.(*Exception)
	if ua || ub || ea || eb {
		return t.userBinary(op, a, b, "")
	}
	r, err := builtinBinary(t, op, a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	return nil, binaryTypeError(t, op, a, b, "")
}

func binaryTypeError(t *Thread, op Op, a, b Value, inplace string) error {
	if op == syntax.Add {
		switch base := BaseOf(a); base.(type) {
		case Str, *List, Tuple, Bytes:
			if _, same := b.(Str); !same || typeName(base) != "str" {
				return t.typeErrorf("can only concatenate %s (not \"%s\") to %s", typeName(base), typeName(b), typeName(base))
			}
		}
	}
	if op == syntax.Mult {
		switch a.(type) {
		case Str, *List, Tuple, Bytes:
			if _, isFloat := b.(Float); isFloat || !isNumber(b) {
				return t.typeErrorf("can't multiply sequence by non-int of type '%s'", typeName(b))
			}
		}
	}
	if op == syntax.Pow {
		return t.typeErrorf("unsupported operand type(s) for ** or pow(): '%s' and '%s'", typeName(a), typeName(b))
	}
	return t.typeErrorf("unsupported operand type(s) for %s: '%s' and '%s'", op.Symbol()+inplace, typeName(a), typeName(b))
}

func (t *Thread) userBinary(op Op, a, b Value, inplace string) (Value, error) {
	names := binDunders[op]
	_, bInherits := inherited(b, names[1])
	reflectedFirst := b.Type() != a.Type() && b.Type().IsSubtype(a.Type()) && b.Type().Lookup(names[1]) != nil && !bInherits
	if reflectedFirst {
		if r, ok, err := t.binarySpecial(op, b, a, true); ok && (err != nil || r != NotImplemented) {
			return r, err
		}
	}
	if r, ok, err := t.binarySpecial(op, a, b, false); ok && (err != nil || r != NotImplemented) {
		return r, err
	}
	if !reflectedFirst && a.Type() != b.Type() {
		if r, ok, err := t.binarySpecial(op, b, a, true); ok && (err != nil || r != NotImplemented) {
			return r, err
		}
	}
	r, err := builtinBinary(t, op, a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	return nil, binaryTypeError(t, op, a, b, inplace)
}

// binarySpecial calls x's special method for op with the other operand
// y (the reflected one, __radd__ ..., when reflected): the built-in
// operator when x is an instance of a class derived from a built-in type
// that does not define it.
func (t *Thread) binarySpecial(op Op, x, y Value, reflected bool) (Value, bool, error) {
	name := binDunders[op][0]
	if reflected {
		name = binDunders[op][1]
	}
	xb, ok := inherited(x, name)
	if !ok {
		return t.special(x, name, y)
	}
	var r Value
	var err error
	if reflected {
		r, err = builtinBinary(t, op, BaseOf(y), xb)
	} else {
		r, err = builtinBinary(t, op, xb, operand(op, xb, y))
	}
	if err == nil && r == NotImplemented {
		// The built-in type has no such operator; a Python class after
		// it in the MRO may (class V(tuple, Mixin)).
		if m, ok := x.Type().Lookup(name).(*Function); ok {
			r, err = t.callFunction(m, []Value{x, y}, nil)
		}
	}
	return r, true, err
}

// operand is the right operand b of a built-in operator applied to a:
// the built-in value of an instance of a class derived from a built-in
// type, except for the arguments of str % args, which format the instance
// itself.
func operand(op Op, a, b Value) Value {
	if op == syntax.Mod {
		switch a.(type) {
		case Str, Bytes:
			return b
		}
	}
	return BaseOf(b)
}

// Inplace applies an augmented assignment operator: a op= b.
func Inplace(t *Thread, op Op, a, b Value) (Value, error) {
	switch x := a.(type) {
	case *ByteArray:
		if op == syntax.Add || op == syntax.Mult {
			r, err := Binary(t, op, a, b)
			if err != nil {
				return nil, err
			}
			x.B = r.(*ByteArray).B
			return x, nil
		}
	case *List:
		switch op {
		case syntax.Add:
			items, err := toSlice(t, b)
			if err != nil {
				return nil, err
			}
			x.Items = append(x.Items, items...)
			return x, nil
		case syntax.Mult:
			r, err := Binary(t, op, a, b)
			if err != nil {
				return nil, err
			}
			x.Items = r.(*List).Items
			return x, nil
		}
	case *Set:
		if !x.frozen {
			if y, ok := b.(*Set); ok {
				var r Value
				var err error
				switch op {
				case syntax.BitOr, syntax.BitAnd, syntax.Sub, syntax.BitXor:
					r, err = Binary(t, op, a, y)
				default:
					return Binary(t, op, a, b)
				}
				if err != nil {
					return nil, err
				}
				x.tb = r.(*Set).tb
				return x, nil
			}
		}
	case *Dict:
		if op == syntax.BitOr {
			if err := dictUpdate(t, x, b); err != nil {
				return nil, err
			}
			return x, nil
		}
	case *Instance, *Exception:
		if base, ok := inherited(a, inplaceDunders[op]); ok {
			if b := BaseOf(b); changesInPlace(op, base, b) {
				// The container changes and stays the instance.
				_, err := Inplace(t, op, base, b)
				return a, err
			}
		} else if r, ok, err := t.special(a, inplaceDunders[op], b); ok && (err != nil || r != NotImplemented) {
			return r, err
		}
		return t.userBinary(op, a, b, "=")
	}
	if _, ok := b.(*Instance); ok {
		return t.userBinary(op, a, b, "=")
	}
	r, err := builtinBinary(t, op, a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	return nil, binaryTypeError(t, op, a, b, "=")
}

// changesInPlace reports whether a op= b changes the built-in container
// a in place (list +=, dict |=, set &= ...).
func changesInPlace(op Op, a, b Value) bool {
	switch x := a.(type) {
	case *List:
		return op == syntax.Add || op == syntax.Mult
	case *Dict:
		return op == syntax.BitOr
	case *Set:
		_, isSet := b.(*Set)
		return isSet && !x.frozen && (op == syntax.BitOr || op == syntax.BitAnd || op == syntax.Sub || op == syntax.BitXor)
	}
	return false
}

// smallInts is the fast path of arithmetic on two Ints whose result
// needs no big integer.
func smallInts(op Op, a, b Value) (Value, bool) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return smallIntOp(op, int64(x), int64(y))
		}
	}
	return nil, false
}

func smallIntOp(op Op, x, y int64) (Value, bool) {
	switch op {
	case syntax.Add:
		r := x + y
		if (r > x) == (y > 0) {
			return Int(r), true
		}
	case syntax.Sub:
		r := x - y
		if (r < x) == (y > 0) {
			return Int(r), true
		}
	case syntax.Mult:
		if x == 0 || y == 0 {
			return Int(0), true
		}
		hi, lo := bits.Mul64(uint64(absI(x)), uint64(absI(y)))
		if hi == 0 && lo < 1<<63 && x != math.MinInt64 && y != math.MinInt64 {
			r := int64(lo)
			if (x < 0) != (y < 0) {
				r = -r
			}
			return Int(r), true
		}
	case syntax.FloorDiv:
		if y != 0 && !(x == math.MinInt64 && y == -1) {
			q := x / y
			if (x%y != 0) && ((x < 0) != (y < 0)) {
				q--
			}
			return Int(q), true
		}
	case syntax.Mod:
		if y != 0 && !(x == math.MinInt64 && y == -1) {
			m := x % y
			if m != 0 && ((m < 0) != (y < 0)) {
				m += y
			}
			return Int(m), true
		}
	case syntax.BitAnd:
		return Int(x & y), true
	case syntax.BitOr:
		return Int(x | y), true
	case syntax.BitXor:
		return Int(x ^ y), true
	}
	return nil, false
}

func absI(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// toBig converts an int-like value (Int, Bool, *BigInt) to a big.Int.
func toBig(v Value) *big.Int {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x))
	case Bool:
		return big.NewInt(int64(b2i(x)))
	case *BigInt:
		return x.v
	}
	return nil
}

// MakeInt returns the canonical Python int for n: an Int when it fits.
func MakeInt(n *big.Int) Value {
	if n.IsInt64() {
		return Int(n.Int64())
	}
	return &BigInt{v: n}
}

func isIntLike(v Value) bool {
	switch v.(type) {
	case Int, Bool, *BigInt:
		return true
	}
	return false
}

func toFloat(v Value) (float64, bool) {
	switch x := v.(type) {
	case Float:
		return float64(x), true
	case Int:
		return float64(x), true
	case Bool:
		return float64(b2i(x)), true
	case *BigInt:
		f, _ := new(big.Float).SetInt(x.v).Float64()
		return f, true
	}
	return 0, false
}

func builtinBinary(t *Thread, op Op, a, b Value) (Value, error) {
	if ba, ok := a.(*ByteArray); ok {
		r, err := builtinBinary(t, op, Bytes(ba.B), bytesView(b))
		return byteArrayResult(r), err
	}
	if _, ok := b.(*ByteArray); ok {
		if _, ok := a.(Bytes); ok {
			return builtinBinary(t, op, a, bytesView(b))
		}
	}
	if x, ok := a.(Bool); ok {
		if y, ok := b.(Bool); ok {
			switch op {
			case syntax.BitAnd:
				return x && y, nil
			case syntax.BitOr:
				return x || y, nil
			case syntax.BitXor:
				return Bool(x != y), nil
			}
		}
	}
	if isIntLike(a) && isIntLike(b) {
		return intBinary(t, op, a, b)
	}
	if isNumber(a) && isNumber(b) {
		x, _ := toFloat(a)
		y, _ := toFloat(b)
		if (a.Type() == FloatType && !isNumber(b)) || (b.Type() == FloatType && !isNumber(a)) {
			return NotImplemented, nil
		}
		if _, big := a.(*BigInt); big && math.IsInf(x, 0) {
			return nil, Errorf(OverflowErrorType, "int too large to convert to float")
		}
		if _, big := b.(*BigInt); big && math.IsInf(y, 0) {
			return nil, Errorf(OverflowErrorType, "int too large to convert to float")
		}
		return floatBinary(t, op, x, y)
	}
	switch x := a.(type) {
	case Str:
		switch op {
		case syntax.Add:
			if y, ok := b.(Str); ok {
				return x + y, nil
			}
		case syntax.Mult:
			if n, ok, err := t.repeatCount(b, len(x)); ok || err != nil {
				if err != nil || n == 0 {
					return Str(""), err
				}
				return Str(strings.Repeat(string(x), n)), nil
			}
		case syntax.Mod:
			return percentFormat(t, string(x), b)
		}
	case Bytes:
		switch op {
		case syntax.Add:
			if y, ok := b.(Bytes); ok {
				return x + y, nil
			}
		case syntax.Mult:
			if n, ok, err := t.repeatCount(b, len(x)); ok || err != nil {
				if err != nil || n == 0 {
					return Bytes(""), err
				}
				return Bytes(strings.Repeat(string(x), n)), nil
			}
		case syntax.Mod:
			arg, err := bytesArg(t, b)
			if err != nil {
				return nil, err
			}
			r, err := percentFormat(t, latin1Str(x), arg)
			if err != nil {
				return nil, err
			}
			return bytesResult(r), nil
		}
	case *List:
		switch op {
		case syntax.Add:
			if y, ok := b.(*List); ok {
				items := make([]Value, 0, len(x.Items)+len(y.Items))
				return NewList(append(append(items, x.Items...), y.Items...)), nil
			}
		case syntax.Mult:
			if n, ok, err := t.repeatCount(b, 16*len(x.Items)); ok || err != nil {
				return NewList(repeat(x.Items, n)), err
			}
		}
	case Tuple:
		switch op {
		case syntax.Add:
			if y, ok := b.(Tuple); ok {
				items := make(Tuple, 0, len(x)+len(y))
				return append(append(items, x...), y...), nil
			}
		case syntax.Mult:
			if n, ok, err := t.repeatCount(b, 16*len(x)); ok || err != nil {
				return Tuple(repeat(x, n)), err
			}
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && op == syntax.BitOr {
			d := x.Copy()
			return d, dictUpdate(t, d, y)
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			return setBinary(t, op, x, y)
		}
	}
	switch y := b.(type) {
	case Str, *List, Tuple, Bytes:
		if op == syntax.Mult && isIntLike(a) {
			return builtinBinary(t, op, y, a)
		}
	}
	return NotImplemented, nil
}

// repeatCount returns the count of a sequence repetition seq * v, where
// one copy of seq takes size bytes; ok is false when v is not an int. A
// negative count is 0; a result over the allocation budget is a
// MemoryError, a count beyond 64 bits an OverflowError, as in CPython.
func (t *Thread) repeatCount(v Value, size int) (n int, ok bool, err error) {
	switch x := v.(type) {
	case Int:
		n = int(x)
	case Bool:
		n = int(b2i(x))
	case *BigInt:
		return 0, true, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	default:
		return 0, false, nil
	}
	if n <= 0 || size == 0 {
		return max(n, 0), true, nil
	}
	if int64(n) > t.interp.maxAlloc()/int64(size) {
		return 0, true, t.memoryError()
	}
	return n, true, t.CheckAlloc(int64(n) * int64(size))
}

func repeat(items []Value, n int) []Value {
	if n <= 0 || len(items) == 0 {
		return nil
	}
	out := make([]Value, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out
}

func setBinary(t *Thread, op Op, x, y *Set) (Value, error) {
	out := &Set{frozen: x.frozen}
	switch op {
	case syntax.BitOr:
		for _, e := range x.Elems() {
			out.tb.add(e, nil, mustHash(e))
		}
		for _, e := range y.Elems() {
			if err := out.Add(t, e); err != nil {
				return nil, err
			}
		}
	case syntax.BitAnd, syntax.Sub:
		for _, e := range x.Elems() {
			in, err := y.Has(t, e)
			if err != nil {
				return nil, err
			}
			if in == (op == syntax.BitAnd) {
				out.tb.add(e, nil, mustHash(e))
			}
		}
	case syntax.BitXor:
		for _, pair := range [2][2]*Set{{x, y}, {y, x}} {
			for _, e := range pair[0].Elems() {
				in, err := pair[1].Has(t, e)
				if err != nil {
					return nil, err
				}
				if !in {
					if err := out.Add(t, e); err != nil {
						return nil, err
					}
				}
			}
		}
	default:
		return NotImplemented, nil
	}
	return out, nil
}

// mustHash hashes a value already known to be hashable (a set element).
func mustHash(v Value) int64 {
	h, _ := Hash(nil, v)
	return h
}

func intBinary(t *Thread, op Op, a, b Value) (Value, error) {
	x, y := toBig(a), toBig(b)
	r := new(big.Int)
	switch op {
	case syntax.Add:
		r.Add(x, y)
	case syntax.Sub:
		r.Sub(x, y)
	case syntax.Mult:
		bits := int64(x.BitLen() + y.BitLen())
		if err := t.CheckAlloc(bits / 8); err != nil {
			return nil, err
		}
		if err := t.ChargeBig(bits); err != nil {
			return nil, err
		}
		r.Mul(x, y)
	case syntax.Div:
		if y.Sign() == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "division by zero")
		}
		fx, _ := new(big.Float).SetInt(x).Float64()
		fy, _ := new(big.Float).SetInt(y).Float64()
		if x.IsInt64() && y.IsInt64() && absI(x.Int64()) < 1<<53 && absI(y.Int64()) < 1<<53 {
			return Float(fx / fy), nil
		}
		f := trueQuotient(x, y)
		if math.IsInf(f, 0) {
			return nil, Errorf(OverflowErrorType, "integer division result too large for a float")
		}
		return Float(f), nil
	case syntax.FloorDiv, syntax.Mod:
		if y.Sign() == 0 {
			if op == syntax.Mod {
				return nil, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if err := t.ChargeBig(int64(x.BitLen())); err != nil {
			return nil, err
		}
		q, m := new(big.Int).DivMod(x, y, new(big.Int))
		// big.Int DivMod is Euclidean; Python floors.
		if m.Sign() != 0 && y.Sign() < 0 {
			q.Add(q, big.NewInt(1))
			m.Add(m, y)
		}
		if op == syntax.Mod {
			return MakeInt(m), nil
		}
		return MakeInt(q), nil
	case syntax.Pow:
		if y.Sign() < 0 {
			fx, _ := new(big.Float).SetInt(x).Float64()
			fy, _ := new(big.Float).SetInt(y).Float64()
			if fx == 0 {
				return nil, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
			}
			return Float(math.Pow(fx, fy)), nil
		}
		if x.CmpAbs(big.NewInt(1)) > 0 {
			// The result has about bitlen(x-1) * y bits.
			if y.BitLen() > 40 {
				return nil, t.memoryError()
			}
			bits := int64(new(big.Int).Sub(new(big.Int).Abs(x), big.NewInt(1)).BitLen()) * y.Int64()
			if err := t.CheckAlloc(bits / 8); err != nil {
				return nil, err
			}
			if err := t.ChargeBig(2 * bits); err != nil {
				return nil, err
			}
		}
		r.Exp(x, y, nil)
	case syntax.LShift:
		if y.Sign() < 0 {
			return nil, t.valueErrorf("negative shift count")
		}
		if x.Sign() == 0 {
			return Int(0), nil
		}
		if y.BitLen() > 40 {
			return nil, Errorf(OverflowErrorType, "too many digits in integer")
		}
		if err := t.CheckAlloc((int64(x.BitLen()) + y.Int64()) / 8); err != nil {
			return nil, err
		}
		r.Lsh(x, uint(y.Int64()))
	case syntax.RShift:
		if y.Sign() < 0 {
			return nil, t.valueErrorf("negative shift count")
		}
		if y.BitLen() > 31 {
			if x.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		r.Rsh(x, uint(y.Int64()))
	case syntax.BitAnd:
		r.And(x, y)
	case syntax.BitOr:
		r.Or(x, y)
	case syntax.BitXor:
		r.Xor(x, y)
	default:
		return NotImplemented, nil
	}
	return MakeInt(r), nil
}

func floatBinary(t *Thread, op Op, x, y float64) (Value, error) {
	switch op {
	case syntax.Add:
		return Float(x + y), nil
	case syntax.Sub:
		return Float(x - y), nil
	case syntax.Mult:
		return Float(x * y), nil
	case syntax.Div:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	case syntax.FloorDiv:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "float floor division by zero")
		}
		return Float(floorDivFloat(x, y)), nil
	case syntax.Mod:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "float modulo")
		}
		return Float(modFloat(x, y)), nil
	case syntax.Pow:
		if x == 0 && y < 0 {
			return nil, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if x < 0 && y != math.Trunc(y) {
			return nil, t.valueErrorf("math domain error")
		}
		r := math.Pow(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			return nil, Errorf(OverflowErrorType, "(34, 'Numerical result out of range')")
		}
		return Float(r), nil
	}
	return NotImplemented, nil
}

func modFloat(x, y float64) float64 {
	m := math.Mod(x, y)
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
		}
	} else {
		m = math.Copysign(0, y)
	}
	return m
}

func floorDivFloat(x, y float64) float64 {
	m := math.Mod(x, y)
	div := (x - m) / y
	if m != 0 && (y < 0) != (m < 0) {
		div--
	}
	if div == 0 {
		return math.Copysign(0, x/y)
	}
	f := math.Floor(div)
	if div-f > 0.5 {
		f++
	}
	return f
}

// Unary applies a unary operator.
func Unary(t *Thread, op syntax.UnaryOperator, v Value) (Value, error) {
	if op == syntax.Not {
		b, err := Truth(t, v)
		return Bool(!b), err
	}
	switch x := v.(type) {
	case Int:
		switch op {
		case syntax.USub:
			if x != math.MinInt64 {
				return -x, nil
			}
		case syntax.UAdd:
			return x, nil
		case syntax.Invert:
			return ^x, nil
		}
		return MakeInt(new(big.Int).Neg(toBig(x))), nil
	case Bool:
		return Unary(t, op, b2i(x))
	case *BigInt:
		switch op {
		case syntax.USub:
			return MakeInt(new(big.Int).Neg(x.v)), nil
		case syntax.UAdd:
			return x, nil
		case syntax.Invert:
			return MakeInt(new(big.Int).Not(x.v)), nil
		}
	case Float:
		switch op {
		case syntax.USub:
			return -x, nil
		case syntax.UAdd:
			return x, nil
		}
	case *Instance, *Exception:
		name := map[syntax.UnaryOperator]string{syntax.USub: "__neg__", syntax.UAdd: "__pos__", syntax.Invert: "__invert__"}[op]
		if r, ok, err := t.special(v, name); ok {
			return r, err
		}
	}
	return nil, t.typeErrorf("bad operand type for unary %s: '%s'", op.Symbol(), typeName(v))
}

// floatRepr formats f as Python's repr(float) does.
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	mant, expS, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expS)
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	digits := strings.Replace(mant, ".", "", 1)
	sign := ""
	if neg {
		sign = "-"
	}
	if exp < -4 || exp >= 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := strconv.Itoa(absInt(exp))
		if len(es) < 2 {
			es = "0" + es
		}
		if exp < 0 {
			return sign + m + "e-" + es
		}
		return sign + m + "e+" + es
	}
	if exp < 0 {
		return sign + "0." + strings.Repeat("0", -exp-1) + digits
	}
	if len(digits) <= exp+1 {
		return sign + digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	}
	return sign + digits[:exp+1] + "." + digits[exp+1:]
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func intString(n Int) string { return strconv.FormatInt(int64(n), 10) }
