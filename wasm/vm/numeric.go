package vm

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"github.com/exitplay/exitplay/wasm/syntax"
)

// This file holds the int and float methods that are not arithmetic
// operators: byte conversion, bit counts, exact ratios and hex floats.

// intNumericMethods are built-in methods of int.
var intNumericMethods = []method{
	{"bit_count", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		n := 0
		for _, w := range new(big.Int).Abs(toBig(args[0])).Bits() {
			n += bits.OnesCount(uint(w))
		}
		return Int(n), nil
	}},
	{"to_bytes", intToBytes},
	{"__round__", builtinRound},
	{"as_integer_ratio", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Tuple{intValue(args[0]), Int(1)}, nil }},
}

// floatNumericMethods are built-in methods of float.
var floatNumericMethods = []method{
	{"as_integer_ratio", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		f := float64(args[0].(Float))
		if math.IsInf(f, 0) {
			return nil, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(f) {
			return nil, t.valueErrorf("cannot convert NaN to integer ratio")
		}
		r := new(big.Rat).SetFloat64(f) // exact: f is finite
		return Tuple{MakeInt(r.Num()), MakeInt(r.Denom())}, nil
	}},
}

func init() {
	IntType.setMethods(intNumericMethods)
	IntType.Dict.SetStr("from_bytes", &ClassMethod{Func: NewBuiltin("from_bytes", intFromBytes)})
	FloatType.setMethods(floatNumericMethods)
	FloatType.Dict.SetStr("fromhex", &ClassMethod{Func: NewBuiltin("fromhex", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if err := noKw(t, "float.fromhex", kw); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, t.typeErrorf("float.fromhex() takes exactly one argument (%d given)", len(args)-1)
		}
		s, ok := BaseOf(args[1]).(Str)
		if !ok {
			return nil, t.typeErrorf("bad argument type for built-in operation")
		}
		f, err := parseHexFloat(t, string(s))
		if err != nil {
			return nil, err
		}
		return ofClass(t, args[0], Float(f))
	})})
}

// floatHex is float.hex: CPython's "[-]0xD.DDDDDDDDDDDDDp±E" with the
// 52-bit fraction as 13 hex digits, the leading digit 0 for a subnormal
// (whose exponent is then -1022), "0x0.0p+0" for zero and "inf" and
// "nan" for the values without a binary exponent.
func floatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(f)
	exp, frac := int(b>>52&0x7ff), b&(1<<52-1)
	lead := 1
	if exp == 0 {
		lead, exp = 0, -1022
	} else {
		exp -= 1023
	}
	digits := strconv.FormatUint(frac, 16)
	digits = strings.Repeat("0", 13-len(digits)) + digits
	expSign := "+"
	if exp < 0 {
		expSign = ""
	}
	return sign + "0x" + strconv.Itoa(lead) + "." + digits + "p" + expSign + strconv.Itoa(exp)
}

// parseFloatSpecial reads "inf", "infinity" and "nan" in any case after at
// most one sign, the spellings float() and float.fromhex accept besides
// numbers.
func parseFloatSpecial(s string) (float64, bool) {
	sign := 1
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	switch strings.ToLower(s) {
	case "inf", "infinity":
		return math.Inf(sign), true
	case "nan":
		return math.Copysign(math.NaN(), float64(sign)), true
	}
	return 0, false
}

// parseHexFloat is float.fromhex's grammar: ASCII blanks around an optional
// sign, an optional "0x", hex digits with at most one point and at least one
// digit, an optional "p" with a signed decimal exponent, or one of the
// special spellings. The value is rounded to nearest, ties to even.
func parseHexFloat(t *Thread, text string) (float64, error) {
	s := strings.Trim(text, " \t\n\v\f\r")
	if f, ok := parseFloatSpecial(s); ok {
		return f, nil
	}
	invalid := func() error { return t.valueErrorf("invalid hexadecimal floating-point string") }
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	if len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	mant, exp, hasExp := s, "0", false
	if i := strings.IndexAny(s, "pP"); i >= 0 {
		mant, exp, hasExp = s[:i], s[i+1:], true
	}
	digits, points := 0, 0
	for _, c := range mant {
		switch {
		case c == '.':
			points++
		case strings.ContainsRune("0123456789abcdefABCDEF", c):
			digits++
		default:
			return 0, invalid()
		}
	}
	if digits == 0 || points > 1 || hasExp && !decimalExponent(exp) {
		return 0, invalid()
	}
	f, err := strconv.ParseFloat(sign+"0x"+mant+"p"+exp, 64)
	if err != nil {
		if math.IsInf(f, 0) {
			return 0, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
		}
		return 0, invalid()
	}
	return f, nil
}

// decimalExponent reports whether s is an optional sign and one or more
// decimal digits.
func decimalExponent(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// ofClass is what an alternative constructor (int.from_bytes,
// float.fromhex) called on cls returns for the built-in value v: v itself
// for the built-in type, cls(v) for a class derived from it.
func ofClass(t *Thread, cls, v Value) (Value, error) {
	if c, ok := cls.(*Type); ok && !c.Builtin {
		return t.Call(c, v)
	}
	return v, nil
}

// intValue returns an int, bool or big int as a plain int.
func intValue(v Value) Value {
	if b, ok := v.(Bool); ok {
		return b2i(b)
	}
	return v
}

// byteOrder parses the byteorder and signed arguments shared by to_bytes
// and from_bytes.
func byteOrder(t *Thread, order, signed Value) (little, sign bool, err error) {
	switch order {
	case nil, Str("big"):
	case Str("little"):
		little = true
	default:
		if _, ok := order.(Str); !ok {
			return false, false, t.typeErrorf("to_bytes() argument 'byteorder' must be str, not %s", typeName(order))
		}
		return false, false, t.valueErrorf("byteorder must be either 'little' or 'big'")
	}
	if signed != nil {
		sign, err = Truth(t, signed)
	}
	return little, sign, err
}

func intToBytes(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	a, err := parseArgs(t, "to_bytes", args[1:], kw, []string{"length?", "byteorder?", "signed?"})
	if err != nil {
		return nil, err
	}
	length := int64(1)
	if a[0] != nil {
		if length, _, err = Index(t, a[0]); err != nil {
			return nil, err
		}
		if length < 0 {
			return nil, t.valueErrorf("length argument must be non-negative")
		}
	}
	little, signed, err := byteOrder(t, a[1], a[2])
	if err != nil {
		return nil, err
	}
	n := toBig(args[0])
	if n.Sign() < 0 && !signed {
		return nil, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
	}
	if length > 1<<20 {
		return nil, t.memoryError()
	}
	magnitude := n
	if n.Sign() < 0 {
		magnitude = new(big.Int).Not(n) // -n-1
	}
	limit := 8 * length
	if signed {
		limit--
	}
	if int64(magnitude.BitLen()) > limit {
		return nil, Errorf(OverflowErrorType, "int too big to convert")
	}
	v := new(big.Int).Set(n)
	if v.Sign() < 0 {
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	buf := make([]byte, length)
	v.FillBytes(buf)
	if little {
		reverseBytes(buf)
	}
	return Bytes(buf), nil
}

func intFromBytes(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	a, err := parseArgs(t, "from_bytes", args[1:], kw, []string{"bytes", "byteorder?", "signed?"})
	if err != nil {
		return nil, err
	}
	var buf []byte
	if b, ok := a[0].(Bytes); ok {
		buf = []byte(b)
	} else {
		items, err := toSlice(t, a[0])
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			n, _, err := Index(t, it)
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 255 {
				return nil, t.valueErrorf("bytes must be in range(0, 256)")
			}
			buf = append(buf, byte(n))
		}
	}
	little, signed, err := byteOrder(t, a[1], a[2])
	if err != nil {
		return nil, err
	}
	if little {
		reverseBytes(buf)
	}
	v := new(big.Int).SetBytes(buf)
	if signed && len(buf) > 0 && buf[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(buf))))
	}
	return ofClass(t, args[0], MakeInt(v))
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// operatorMethods returns the special methods (__add__, __radd__, ...,
// __lt__, ...) that expose the built-in arithmetic and comparison of
// numbers and sequences as attributes, as in (10).__add__(5). They answer
// NotImplemented for operands the built-in operator does not handle.
func operatorMethods(ops []Op, compare bool) []method {
	var m []method
	for _, op := range ops {
		m = append(m, method{binDunders[op][0], func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, t.typeErrorf("expected 1 argument, got %d", len(args)-1)
			}
			return builtinBinary(t, op, args[0], operand(op, args[0], args[1]))
		}})
		m = append(m, method{binDunders[op][1], func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, t.typeErrorf("expected 1 argument, got %d", len(args)-1)
			}
			return builtinBinary(t, op, BaseOf(args[1]), args[0])
		}})
	}
	if compare {
		for op, name := range cmpNames {
			m = append(m, method{name, func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
				if len(args) != 2 {
					return nil, t.typeErrorf("expected 1 argument, got %d", len(args)-1)
				}
				return builtinCompare(t, CmpOp(op), args[0], BaseOf(args[1]))
			}})
		}
	}
	return m
}

func unaryMethod(op syntax.UnaryOperator) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Unary(t, op, args[0]) }
}

func init() {
	numOps := []Op{syntax.Add, syntax.Sub, syntax.Mult, syntax.Div, syntax.FloorDiv, syntax.Mod, syntax.Pow}
	intOps := append(numOps, syntax.LShift, syntax.RShift, syntax.BitAnd, syntax.BitOr, syntax.BitXor)
	IntType.setMethods(operatorMethods(intOps, true))
	FloatType.setMethods(operatorMethods(numOps, true))
	StrType.setMethods(operatorMethods([]Op{syntax.Add, syntax.Mult, syntax.Mod}, true))
	ListType.setMethods(operatorMethods([]Op{syntax.Add, syntax.Mult}, false))
	TupleType.setMethods(operatorMethods([]Op{syntax.Add, syntax.Mult}, false))
	for _, tp := range []*Type{IntType, FloatType} {
		tp.setMethods([]method{
			{"__neg__", unaryMethod(syntax.USub)},
			{"__pos__", unaryMethod(syntax.UAdd)},
			{"__abs__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return builtinAbs(t, args[0]) }},
		})
	}
	IntType.setMethods([]method{{"__invert__", unaryMethod(syntax.Invert)}})
}

// builtinAbs is abs(v).
func builtinAbs(t *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Int:
		if x < 0 {
			return Unary(t, syntax.USub, x)
		}
		return x, nil
	case Bool:
		return b2i(x), nil
	case Float:
		return Float(math.Abs(float64(x))), nil
	case *BigInt:
		return MakeInt(new(big.Int).Abs(x.v)), nil
	}
	if r, ok, err := t.special(v, "__abs__"); ok {
		return r, err
	}
	return nil, t.typeErrorf("bad operand type for abs(): '%s'", typeName(v))
}
