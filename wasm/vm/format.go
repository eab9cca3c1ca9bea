package vm

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// formatSpec is a parsed format mini-language specification.
type formatSpec struct {
	fill      rune
	align     byte
	sign      byte
	alt       bool
	zero      bool
	width     int
	grouping  byte
	precision int
	typ       byte
}

func parseSpec(t *Thread, spec string) (*formatSpec, error) {
	fs := &formatSpec{fill: ' ', precision: -1}
	s := spec
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	if r, n := utf8.DecodeRuneInString(s); n > 0 && n < len(s) && isAlign(s[n]) {
		fs.fill, fs.align, s = r, s[n], s[n+1:]
	} else if len(s) > 0 && isAlign(s[0]) {
		fs.align, s = s[0], s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		fs.sign, s = s[0], s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		fs.alt, s = true, s[1:]
	}
	if len(s) > 0 && s[0] == '0' {
		fs.zero, s = true, s[1:]
		if fs.align == 0 {
			fs.fill, fs.align = '0', '='
		}
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		w, err := strconv.Atoi(s[:i])
		if err != nil || w > math.MaxInt32 {
			return nil, t.valueErrorf("Too many decimal digits in format string")
		}
		if err := t.CheckAlloc(int64(w)); err != nil {
			return nil, err
		}
		fs.width, s = w, s[i:]
	}
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		fs.grouping, s = s[0], s[1:]
	}
	if len(s) > 0 && s[0] == '.' {
		j := 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == 1 {
			return nil, t.valueErrorf("Format specifier missing precision")
		}
		fs.precision, _ = strconv.Atoi(s[1:j])
		s = s[j:]
	}
	if len(s) > 1 {
		return nil, t.valueErrorf("Invalid format specifier '%s' for object of type '%%s'", spec)
	}
	if len(s) == 1 {
		fs.typ = s[0]
	}
	return fs, nil
}

// Format is format(v, spec).
func Format(t *Thread, v Value, spec string) (string, error) {
	if b, ok := inherited(v, "__format__"); ok {
		if spec == "" {
			return ToStr(t, v)
		}
		v = b
	}
	switch v.(type) {
	case *Instance, *Exception, *Type:
		if m := v.Type().Lookup("__format__"); m != nil {
			r, err := t.callMethod(m, v, Str(spec))
			if err != nil {
				return "", err
			}
			s, ok := r.(Str)
			if !ok {
				return "", t.typeErrorf("__format__ must return a str, not %s", typeName(r))
			}
			return string(s), nil
		}
	}
	fs, err := parseSpec(t, spec)
	if err != nil {
		if e, ok := err.(*Exception); ok {
			msg, _ := ToStr(t, e)
			if strings.Contains(msg, "%s") {
				return "", t.valueErrorf("%s", strings.Replace(msg, "%s", typeName(v), 1))
			}
		}
		return "", err
	}
	switch x := v.(type) {
	case Bool:
		if fs.typ == 0 {
			s := "False"
			if x {
				s = "True"
			}
			return fs.pad(s, '<'), nil
		}
		return formatInt(t, fs, big.NewInt(int64(b2i(x))))
	case Int, *BigInt:
		return formatInt(t, fs, toBig(x))
	case Float:
		return formatFloat(t, fs, float64(x))
	case Str:
		if fs.typ != 0 && fs.typ != 's' {
			return "", t.valueErrorf("Unknown format code '%c' for object of type 'str'", fs.typ)
		}
		if fs.sign != 0 {
			return "", t.valueErrorf("Sign not allowed in string format specifier")
		}
		if fs.align == '=' {
			return "", t.valueErrorf("'=' alignment not allowed in string format specifier")
		}
		s := string(x)
		if fs.precision >= 0 {
			r := []rune(s)
			if len(r) > fs.precision {
				s = string(r[:fs.precision])
			}
		}
		return fs.pad(s, '<'), nil
	}
	if spec != "" {
		return "", t.typeErrorf("unsupported format string passed to %s.__format__", typeName(v))
	}
	return ToStr(t, v)
}

// pad applies fill, alignment and width.
func (fs *formatSpec) pad(s string, defAlign byte) string {
	n := fs.width - utf8.RuneCountInString(s)
	if n <= 0 {
		return s
	}
	align := fs.align
	if align == 0 {
		align = defAlign
	}
	fill := string(fs.fill)
	switch align {
	case '<':
		return s + strings.Repeat(fill, n)
	case '^':
		return strings.Repeat(fill, n/2) + s + strings.Repeat(fill, n-n/2)
	case '=':
		if len(s) > 0 && (s[0] == '-' || s[0] == '+' || s[0] == ' ') {
			return s[:1] + strings.Repeat(fill, n) + s[1:]
		}
	}
	return strings.Repeat(fill, n) + s
}

// padNumber pads a number whose sign and prefix are separate from its
// digits, so that '=' alignment and zero padding go between them.
func (fs *formatSpec) padNumber(sign, prefix, digits string) string {
	if fs.align == '=' {
		n := fs.width - len(sign) - len(prefix) - utf8.RuneCountInString(digits)
		if n > 0 {
			if fs.zero && fs.grouping != 0 && fs.fill == '0' {
				return sign + prefix + regroup(digits, n, fs.grouping)
			}
			return sign + prefix + strings.Repeat(string(fs.fill), n) + digits
		}
		return sign + prefix + digits
	}
	return fs.pad(sign+prefix+digits, '>')
}

// regroup zero-pads grouped digits to take n more characters.
func regroup(digits string, n int, sep byte) string {
	intPart, rest := digits, ""
	if i := strings.IndexAny(digits, ".eE"); i >= 0 {
		intPart, rest = digits[:i], digits[i:]
	}
	plain := strings.ReplaceAll(intPart, string(sep), "")
	target := len(intPart) + n
	for {
		g := group(plain, sep, 3)
		if len(g) >= target {
			return g + rest
		}
		plain = "0" + plain
	}
}

func group(digits string, sep byte, every int) string {
	if len(digits) <= every {
		return digits
	}
	var b strings.Builder
	first := len(digits) % every
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += every {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(digits[i : i+every])
	}
	return b.String()
}

func (fs *formatSpec) signOf(neg bool) string {
	switch {
	case neg:
		return "-"
	case fs.sign == '+':
		return "+"
	case fs.sign == ' ':
		return " "
	}
	return ""
}

func formatInt(t *Thread, fs *formatSpec, n *big.Int) (string, error) {
	switch fs.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, _ := new(big.Float).SetInt(n).Float64()
		return formatFloat(t, fs, f)
	}
	if fs.precision >= 0 {
		return "", t.valueErrorf("Precision not allowed in integer format specifier")
	}
	neg := n.Sign() < 0
	abs := new(big.Int).Abs(n)
	var digits, prefix string
	switch fs.typ {
	case 0, 'd', 'n':
		var err error
		if digits, err = decimalString(t, abs); err != nil {
			return "", err
		}
	case 'x':
		digits, prefix = abs.Text(16), "0x"
	case 'X':
		digits, prefix = strings.ToUpper(abs.Text(16)), "0X"
	case 'o':
		digits, prefix = abs.Text(8), "0o"
	case 'b':
		digits, prefix = abs.Text(2), "0b"
	case 'c':
		return fs.pad(string(rune(n.Int64())), '<'), nil
	default:
		return "", t.valueErrorf("Unknown format code '%c' for object of type 'int'", fs.typ)
	}
	if !fs.alt {
		prefix = ""
	}
	if fs.grouping != 0 {
		every := 3
		if fs.typ == 'x' || fs.typ == 'X' || fs.typ == 'o' || fs.typ == 'b' {
			every = 4
		}
		digits = group(digits, fs.grouping, every)
	}
	return fs.padNumber(fs.signOf(neg), prefix, digits), nil
}

func formatFloat(t *Thread, fs *formatSpec, f float64) (string, error) {
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	prec := fs.precision
	var digits string
	switch {
	case math.IsInf(a, 0):
		digits = "inf"
	case math.IsNaN(a):
		digits = "nan"
	}
	typ := fs.typ
	if digits != "" {
		if typ == 'E' || typ == 'F' || typ == 'G' {
			digits = strings.ToUpper(digits)
		}
		if typ == '%' {
			digits += "%"
		}
		return fs.padNumber(fs.signOf(neg), "", digits), nil
	}
	switch typ {
	case 'f', 'F':
		if prec < 0 {
			prec = 6
		}
		digits = strconv.FormatFloat(a, 'f', prec, 64)
	case '%':
		if prec < 0 {
			prec = 6
		}
		digits = strconv.FormatFloat(a*100, 'f', prec, 64) + "%"
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		digits = fixExp(strconv.FormatFloat(a, 'e', prec, 64))
		if typ == 'E' {
			digits = strings.ToUpper(digits)
		}
	case 'g', 'G', 'n':
		if prec < 0 {
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		digits = formatG(a, prec, fs.alt)
		if typ == 'G' {
			digits = strings.ToUpper(digits)
		}
	case 0:
		if prec < 0 {
			digits = floatRepr(a)
		} else {
			digits = formatG(a, max(prec, 1), fs.alt)
			if !strings.ContainsAny(digits, ".e") {
				digits += ".0"
			}
		}
	default:
		return "", t.valueErrorf("Unknown format code '%c' for object of type 'float'", typ)
	}
	if fs.alt && !strings.Contains(digits, ".") && typ != 'g' && typ != 'G' {
		if i := strings.IndexAny(digits, "e%"); i >= 0 {
			digits = digits[:i] + "." + digits[i:]
		} else {
			digits += "."
		}
	}
	if fs.grouping != 0 {
		intPart, rest := digits, ""
		if i := strings.IndexAny(digits, ".e%"); i >= 0 {
			intPart, rest = digits[:i], digits[i:]
		}
		digits = group(intPart, fs.grouping, 3) + rest
	}
	return fs.padNumber(fs.signOf(neg), "", digits), nil
}

// fixExp turns Go's exponent form "1e+06" into Python's "1e+06" with at
// least two exponent digits.
func fixExp(s string) string {
	i := strings.IndexAny(s, "eE")
	if i < 0 {
		return s
	}
	exp := s[i+2:]
	if len(exp) < 2 {
		exp = "0" + exp
	}
	return s[:i+2] + exp
}

// formatG is the 'g' presentation with precision p.
func formatG(a float64, p int, alt bool) string {
	if a == 0 {
		if alt {
			return "0." + strings.Repeat("0", p-1)
		}
		return "0"
	}
	e := strconv.FormatFloat(a, 'e', p-1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	var s string
	if exp < -4 || exp >= p {
		s = fixExp(e)
		if !alt {
			mant, ex, _ := strings.Cut(s, "e")
			if strings.Contains(mant, ".") {
				mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
			}
			s = mant + "e" + ex
		}
		return s
	}
	s = strconv.FormatFloat(a, 'f', max(p-1-exp, 0), 64)
	if !alt && strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// percentFormat is str % args.
func percentFormat(t *Thread, format string, arg Value) (Value, error) {
	var args []Value
	var mapping Value
	if tu, ok := BaseOf(arg).(Tuple); ok {
		args = tu
	} else {
		args = []Value{arg}
		if _, isStr := arg.(Str); !isStr && arg.Type().Lookup("__getitem__") != nil {
			if _, isList := arg.(*List); !isList {
				mapping = arg
			}
		}
	}
	var b strings.Builder
	ai := 0
	next := func() (Value, error) {
		if ai >= len(args) {
			return nil, t.typeErrorf("not enough arguments for format string")
		}
		ai++
		return args[ai-1], nil
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(format) {
			return nil, t.valueErrorf("incomplete format")
		}
		var key Value
		if format[i] == '(' {
			j := strings.IndexByte(format[i:], ')')
			if j < 0 {
				return nil, t.valueErrorf("incomplete format key")
			}
			key = Str(format[i+1 : i+j])
			i += j + 1
		}
		start := i
		for i < len(format) && strings.IndexByte("-+ #0", format[i]) >= 0 {
			i++
		}
		flags := format[start:i]
		wstart := i
		var width string
		if i < len(format) && format[i] == '*' {
			v, err := next()
			if err != nil {
				return nil, err
			}
			n, _, _ := Index(t, v)
			width = strconv.Itoa(int(n))
			i++
		} else {
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
			width = format[wstart:i]
		}
		prec := ""
		if i < len(format) && format[i] == '.' {
			i++
			ps := i
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
			prec = "." + format[ps:i]
			if prec == "." {
				prec = ".0"
			}
		}
		if i >= len(format) {
			return nil, t.valueErrorf("incomplete format")
		}
		conv := format[i]
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		var v Value
		var err error
		if key != nil {
			if mapping == nil {
				return nil, t.typeErrorf("format requires a mapping")
			}
			v, err = GetItem(t, mapping, key)
		} else {
			v, err = next()
		}
		if err != nil {
			return nil, err
		}
		align := ""
		if strings.Contains(flags, "-") {
			align = "<"
		}
		sign := ""
		if strings.Contains(flags, "+") {
			sign = "+"
		} else if strings.Contains(flags, " ") {
			sign = " "
		}
		zero := ""
		if strings.Contains(flags, "0") && align == "" {
			zero = "0"
		}
		alt := ""
		if strings.Contains(flags, "#") {
			alt = "#"
		}
		var s string
		if conv != 's' && conv != 'r' && conv != 'a' {
			v = BaseOf(v) // the number or character of a derived class
		}
		switch conv {
		case 's', 'r', 'a':
			if conv == 's' {
				s, err = ToStr(t, v)
			} else {
				s, err = Repr(t, v)
			}
			if err != nil {
				return nil, err
			}
			if prec != "" {
				p, _ := strconv.Atoi(prec[1:])
				if r := []rune(s); len(r) > p {
					s = string(r[:p])
				}
			}
			if align == "" {
				align = ">"
			}
			s, err = Format(t, Str(s), align+width)
		case 'd', 'i', 'u':
			if !isNumber(v) {
				return nil, t.typeErrorf("%%%c format: a real number is required, not %s", conv, typeName(v))
			}
			if f, ok := v.(Float); ok {
				v = MakeInt(floatToBig(float64(f)))
			}
			s, err = Format(t, v, align+sign+zero+width+"d")
		case 'x', 'X', 'o':
			if !isIntLike(v) {
				return nil, t.typeErrorf("%%%c format: an integer is required, not %s", conv, typeName(v))
			}
			s, err = Format(t, v, align+sign+alt+zero+width+string(conv))
		case 'f', 'F', 'e', 'E', 'g', 'G':
			if !isNumber(v) {
				return nil, t.typeErrorf("must be real number, not %s", typeName(v))
			}
			if prec == "" {
				prec = ".6"
			}
			fv, _ := toFloat(v)
			s, err = Format(t, Float(fv), align+sign+alt+zero+width+prec+string(conv))
		case 'c':
			switch x := v.(type) {
			case Str:
				s = string(x)
			case Int:
				s = string(rune(x))
			}
		default:
			return nil, t.valueErrorf("unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	if ai < len(args) && mapping == nil {
		return nil, t.typeErrorf("not all arguments converted during string formatting")
	}
	return Str(b.String()), nil
}

func floatToBig(f float64) *big.Int {
	bf := new(big.Float).SetFloat64(math.Trunc(f))
	n, _ := bf.Int(nil)
	return n
}

// strFormat is str.format(*args, **kwargs).
func strFormat(t *Thread, format string, args []Value, kw []Kwarg) (string, error) {
	auto := 0
	lookup := func(field string) (Value, error) {
		name := field
		rest := ""
		if i := strings.IndexAny(field, ".["); i >= 0 {
			name, rest = field[:i], field[i:]
		}
		var v Value
		if name == "" {
			if auto < 0 {
				return nil, t.valueErrorf("cannot switch from manual field specification to automatic field numbering")
			}
			if auto >= len(args) {
				return nil, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", auto)
			}
			v = args[auto]
			auto++
		} else if n, err := strconv.Atoi(name); err == nil {
			if auto > 0 {
				return nil, t.valueErrorf("cannot switch from automatic field numbering to manual field specification")
			}
			auto = -1
			if n >= len(args) {
				return nil, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", n)
			}
			v = args[n]
		} else {
			found := false
			for _, k := range kw {
				if k.Name == name {
					v, found = k.Value, true
				}
			}
			if !found {
				return nil, NewException(KeyErrorType, Str(name))
			}
		}
		return formatFieldPath(t, v, rest)
	}
	return formatTemplate(t, format, lookup)
}

func strFormatMap(t *Thread, format string, m Value) (string, error) {
	return formatTemplate(t, format, func(field string) (Value, error) {
		name, rest := field, ""
		if i := strings.IndexAny(field, ".["); i >= 0 {
			name, rest = field[:i], field[i:]
		}
		v, err := GetItem(t, m, Str(name))
		if err != nil {
			return nil, err
		}
		return formatFieldPath(t, v, rest)
	})
}

func formatFieldPath(t *Thread, v Value, rest string) (Value, error) {
	for rest != "" {
		var err error
		if rest[0] == '.' {
			j := strings.IndexAny(rest[1:], ".[")
			if j < 0 {
				j = len(rest) - 1
			}
			v, err = GetAttr(t, v, rest[1:j+1])
			rest = rest[j+1:]
		} else {
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				return nil, t.valueErrorf("Missing ']' in format string")
			}
			key := rest[1:j]
			var k Value = Str(key)
			if n, convErr := strconv.Atoi(key); convErr == nil {
				k = Int(n)
			}
			v, err = GetItem(t, v, k)
			rest = rest[j+1:]
		}
		if err != nil {
			return nil, err
		}
	}
	return v, nil
}

func formatTemplate(t *Thread, format string, lookup func(string) (Value, error)) (string, error) {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == '}' {
			if i+1 < len(format) && format[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return "", t.valueErrorf("Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			continue
		}
		if i+1 < len(format) && format[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		depth, j := 1, i+1
		for ; j < len(format) && depth > 0; j++ {
			switch format[j] {
			case '{':
				depth++
			case '}':
				depth--
			}
		}
		if depth > 0 {
			return "", t.valueErrorf("Single '{' encountered in format string")
		}
		field := format[i+1 : j-1]
		i = j - 1
		spec, conv := "", byte(0)
		if k := strings.IndexByte(field, ':'); k >= 0 {
			field, spec = field[:k], field[k+1:]
		}
		if k := strings.IndexByte(field, '!'); k >= 0 {
			if k+1 < len(field) {
				conv = field[k+1]
			}
			field = field[:k]
		}
		v, err := lookup(field)
		if err != nil {
			return "", err
		}
		if strings.Contains(spec, "{") {
			spec, err = formatTemplate(t, spec, lookup)
			if err != nil {
				return "", err
			}
		}
		switch conv {
		case 'r', 'a':
			s, err := Repr(t, v)
			if err != nil {
				return "", err
			}
			v = Str(s)
		case 's':
			s, err := ToStr(t, v)
			if err != nil {
				return "", err
			}
			v = Str(s)
		}
		s, err := Format(t, v, spec)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// parseArgs unpacks the arguments of a built-in. Names ending in "?" are
// optional; the result has one entry per name, nil when not given.
func parseArgs(t *Thread, fname string, args []Value, kw []Kwarg, names []string) ([]Value, error) {
	out := make([]Value, len(names))
	required := 0
	for _, n := range names {
		if !strings.HasSuffix(n, "?") {
			required++
		}
	}
	if len(args) > len(names) {
		return nil, t.typeErrorf("%s() takes at most %d argument%s (%d given)", fname, len(names), pluralS(len(names)), len(args))
	}
	copy(out, args)
	for _, k := range kw {
		found := false
		for i, n := range names {
			if strings.TrimSuffix(n, "?") == k.Name {
				if out[i] != nil {
					return nil, t.typeErrorf("argument for %s() given by name ('%s') and position (%d)", fname, k.Name, i+1)
				}
				out[i], found = k.Value, true
			}
		}
		if !found {
			return nil, t.typeErrorf("%s() got an unexpected keyword argument '%s'", fname, k.Name)
		}
	}
	for i, n := range names {
		if out[i] == nil && !strings.HasSuffix(n, "?") {
			return nil, t.typeErrorf("%s() missing required argument '%s' (pos %d)", fname, n, i+1)
		}
	}
	return out, nil
}
