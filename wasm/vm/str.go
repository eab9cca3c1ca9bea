package vm

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func strLen(s Str) int {
	if isASCII(string(s)) {
		return len(s)
	}
	return utf8.RuneCountInString(string(s))
}

func strGetItem(t *Thread, s Str, k Value) (Value, error) {
	ascii := isASCII(string(s))
	if sl, ok := k.(*Slice); ok {
		if ascii {
			start, stop, step, err := t.sliceIndices(sl, int64(len(s)))
			if err != nil {
				return nil, err
			}
			if step == 1 {
				if start >= stop {
					return Str(""), nil
				}
				return s[start:stop], nil
			}
			var b strings.Builder
			for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
				b.WriteByte(s[i])
			}
			return Str(b.String()), nil
		}
		runes := []rune(string(s))
		start, stop, step, err := t.sliceIndices(sl, int64(len(runes)))
		if err != nil {
			return nil, err
		}
		var out []rune
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			out = append(out, runes[i])
		}
		return Str(string(out)), nil
	}
	i, ok, err := Index(t, k)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.typeErrorf("string indices must be integers, not '%s'", typeName(k))
	}
	if ascii {
		n := int64(len(s))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, Errorf(IndexErrorType, "string index out of range")
		}
		return s[i : i+1], nil
	}
	runes := []rune(string(s))
	n := int64(len(runes))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexErrorType, "string index out of range")
	}
	return Str(string(runes[i])), nil
}

// reprQuote is the quote repr puts around s: ' unless s holds ' and no ".
func reprQuote(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// writeEscape writes the escape that str and bytes reprs share for c (the
// quote, a backslash, newline, carriage return, tab), reporting whether c
// is one of those.
func writeEscape(b *strings.Builder, c rune, quote byte) bool {
	switch c {
	case rune(quote), '\\':
		b.WriteByte('\\')
		b.WriteByte(byte(c))
	case '\n':
		b.WriteString(`\n`)
	case '\r':
		b.WriteString(`\r`)
	case '\t':
		b.WriteString(`\t`)
	default:
		return false
	}
	return true
}

// writeHexEscape writes r as the shortest of \xhh, \uhhhh and \Uhhhhhhhh
// that holds it.
func writeHexEscape(b *strings.Builder, r rune) {
	switch {
	case r <= 0xff:
		b.WriteString(`\x` + hex2(int(r)))
	case r <= 0xffff:
		b.WriteString(`\u` + pad(strconv.FormatInt(int64(r), 16), 4))
	default:
		b.WriteString(`\U` + pad(strconv.FormatInt(int64(r), 16), 8))
	}
}

// strRepr is repr(str): quotes chosen as Python does.
func strRepr(s string) string {
	quote := reprQuote(s)
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case writeEscape(&b, r, quote):
		case r < 0x20 || r == 0x7f || r >= 0x80 && !unicode.IsPrint(r):
			writeHexEscape(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// joinItems is str.join and bytes.join on (sep, iterable) args: the text
// of each item, which part takes from an item of the right kind (want
// names that kind in the error), joined by sep's text.
func joinItems(t *Thread, owner string, args []Value, want string, part func(Value) (string, bool)) (string, error) {
	if len(args) != 2 {
		return "", t.typeErrorf("%s.join() takes exactly one argument (%d given)", owner, len(args)-1)
	}
	sep, _ := part(args[0])
	items, err := toSlice(t, args[1])
	if err != nil {
		return "", err
	}
	parts := make([]string, len(items))
	size := int64(0)
	for i, it := range items {
		p, ok := part(it)
		if !ok {
			return "", t.typeErrorf("sequence item %d: expected %s, %s found", i, want, typeName(it))
		}
		parts[i] = p
		size += int64(len(p) + len(sep))
	}
	if err := t.CheckAlloc(size); err != nil {
		return "", err
	}
	return strings.Join(parts, sep), nil
}

func hex2(n int) string { return pad(strconv.FormatInt(int64(n), 16), 2) }

func pad(s string, n int) string {
	for len(s) < n {
		s = "0" + s
	}
	return s
}

func bytesRepr(s string) string {
	quote := reprQuote(s)
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case writeEscape(&b, rune(c), quote):
		case c < 0x20 || c >= 0x7f:
			writeHexEscape(&b, rune(c))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		default:
			writeHexEscape(&b, r)
		}
	}
	return b.String()
}

func argStr(t *Thread, fname string, v Value) (string, error) {
	s, ok := BaseOf(v).(Str)
	if !ok {
		return "", t.typeErrorf("%s() argument must be str, not %s", fname, typeName(v))
	}
	return string(s), nil
}

// runeIndex converts a byte offset of s to a character offset.
func runeIndex(s string, byteOff int) int {
	if byteOff < 0 {
		return byteOff
	}
	return utf8.RuneCountInString(s[:byteOff])
}

// strBounds applies optional start/end arguments (character offsets) and
// returns the byte range of s they select.
func strBounds(t *Thread, s string, args []Value) (int, int, error) {
	runes := []rune(s)
	n := int64(len(runes))
	sl := &Slice{Start: None, Stop: None, Step: None}
	if len(args) > 0 {
		sl.Start = args[0]
	}
	if len(args) > 1 {
		sl.Stop = args[1]
	}
	start, stop, _, err := t.sliceIndices(sl, n)
	if err != nil {
		return 0, 0, err
	}
	if stop < start {
		return -1, -1, nil
	}
	if len(args) > 0 && args[0] != None {
		// A start beyond the end finds nothing, not even "".
		if i, ok, _ := Index(t, args[0]); ok && i > n {
			return -1, -1, nil
		}
	}
	return len(string(runes[:start])), len(string(runes[:stop])), nil
}

func splitWhitespace(s string, maxsplit int) []Value {
	var out []Value
	fields := 0
	i := 0
	for i < len(s) {
		for i < len(s) && isSpaceByteOrRune(s, i) {
			i += runeLen(s, i)
		}
		if i >= len(s) {
			break
		}
		if maxsplit >= 0 && fields == maxsplit {
			out = append(out, Str(strings.TrimRightFunc(s[i:], unicode.IsSpace)))
			return out
		}
		j := i
		for j < len(s) && !isSpaceByteOrRune(s, j) {
			j += runeLen(s, j)
		}
		out = append(out, Str(s[i:j]))
		fields++
		i = j
	}
	return out
}

func isSpaceByteOrRune(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r) || r == 0x1c || r == 0x1d || r == 0x1e || r == 0x1f
}

func runeLen(s string, i int) int {
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

// strMethods are built-in methods of str.
var strMethods = []method{
	{"join", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		s, err := joinItems(t, "str", args, "str instance", func(v Value) (string, bool) {
			s, ok := BaseOf(v).(Str)
			return string(s), ok
		})
		return Str(s), err
	}},
	{"split", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return strSplit(t, args, kw, false)
	}},
	{"rsplit", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return strSplit(t, args, kw, true)
	}},
	{"splitlines", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		a, err := parseArgs(t, "splitlines", args[1:], kw, []string{"keepends?"})
		if err != nil {
			return nil, err
		}
		keep := a[0] != nil && a[0] != False && a[0] != Int(0)
		s := string(args[0].(Str))
		var out []Value
		for len(s) > 0 {
			i := strings.IndexAny(s, lineBreaks)
			if i < 0 {
				out = append(out, Str(s))
				break
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			end := i + size
			if s[i] == '\r' && end < len(s) && s[end] == '\n' {
				end++
			}
			if keep {
				out = append(out, Str(s[:end]))
			} else {
				out = append(out, Str(s[:i]))
			}
			s = s[end:]
		}
		return NewList(out), nil
	}},
	{"strip", stripFn("strip", strings.TrimFunc, strings.Trim)},
	{"lstrip", stripFn("lstrip", strings.TrimLeftFunc, strings.TrimLeft)},
	{"rstrip", stripFn("rstrip", strings.TrimRightFunc, strings.TrimRight)},
	{"replace", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		a, err := parseArgs(t, "replace", args[1:], kw, []string{"old", "new", "count?"})
		if err != nil {
			return nil, err
		}
		old, err := argStr(t, "replace", a[0])
		if err != nil {
			return nil, err
		}
		nw, err := argStr(t, "replace", a[1])
		if err != nil {
			return nil, err
		}
		n := -1
		if a[2] != nil {
			c, _, _ := Index(t, a[2])
			n = int(c)
		}
		s := string(args[0].(Str))
		if len(nw) > len(old) {
			count := strings.Count(s, old)
			if old == "" {
				count = strLen(args[0].(Str)) + 1
			}
			if n >= 0 {
				count = min(count, n)
			}
			if err := t.CheckAlloc(int64(len(s)) + int64(count)*int64(len(nw)-len(old))); err != nil {
				return nil, err
			}
		}
		return Str(strings.Replace(s, old, nw, n)), nil
	}},
	{"startswith", affixFn("startswith", strings.HasPrefix)},
	{"endswith", affixFn("endswith", strings.HasSuffix)},
	{"find", findFn("find", false, false)},
	{"rfind", findFn("rfind", true, false)},
	{"index", findFn("index", false, true)},
	{"rindex", findFn("rindex", true, true)},
	{"count", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 {
			return nil, t.typeErrorf("count() takes at least 1 argument (0 given)")
		}
		sub, err := argStr(t, "count", args[1])
		if err != nil {
			return nil, err
		}
		s := string(args[0].(Str))
		lo, hi, err := strBounds(t, s, args[2:])
		if err != nil {
			return nil, err
		}
		if lo < 0 {
			return Int(0), nil
		}
		return Int(strings.Count(s[lo:hi], sub)), nil
	}},
	{"center", padFn("center")},
	{"ljust", padFn("ljust")},
	{"rjust", padFn("rjust")},
	{"zfill", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("zfill() takes exactly one argument (%d given)", len(args)-1)
		}
		w, _, err := Index(t, args[1])
		if err != nil {
			return nil, err
		}
		s := string(args[0].(Str))
		n := int(w) - strLen(Str(s))
		if n <= 0 {
			return Str(s), nil
		}
		if err := t.CheckAlloc(int64(n)); err != nil {
			return nil, err
		}
		sign := ""
		if s != "" && (s[0] == '-' || s[0] == '+') {
			sign, s = s[:1], s[1:]
		}
		return Str(sign + strings.Repeat("0", n) + s), nil
	}},
	{"isdigit", strPred(func(r rune) bool { return unicode.IsDigit(r) })},
	{"isdecimal", strPred(func(r rune) bool { return unicode.IsDigit(r) })},
	{"isnumeric", strPred(func(r rune) bool { return unicode.IsNumber(r) })},
	{"isalpha", strPred(unicode.IsLetter)},
	{"isalnum", strPred(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) })},
	{"isspace", strPred(unicode.IsSpace)},
	{"isidentifier", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		s := string(args[0].(Str))
		if s == "" {
			return False, nil
		}
		for i, r := range s {
			if !(r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r))) {
				return False, nil
			}
		}
		return True, nil
	}},
	{"format", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		s, err := strFormat(t, string(args[0].(Str)), args[1:], kw)
		return Str(s), err
	}},
	{"format_map", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("format_map() takes exactly one argument (%d given)", len(args)-1)
		}
		s, err := strFormatMap(t, string(args[0].(Str)), args[1])
		return Str(s), err
	}},
	{"partition", partitionFn(false)},
	{"rpartition", partitionFn(true)},
	{"removeprefix", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		p, err := argStr(t, "removeprefix", args[1])
		return Str(strings.TrimPrefix(string(args[0].(Str)), p)), err
	}},
	{"removesuffix", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		p, err := argStr(t, "removesuffix", args[1])
		return Str(strings.TrimSuffix(string(args[0].(Str)), p)), err
	}},
	{"expandtabs", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		a, err := parseArgs(t, "expandtabs", args[1:], kw, []string{"tabsize?"})
		if err != nil {
			return nil, err
		}
		size := int64(8)
		if a[0] != nil {
			if size, _, err = Index(t, a[0]); err != nil {
				return nil, err
			}
		}
		var b strings.Builder
		col := int64(0)
		for _, r := range string(args[0].(Str)) {
			switch r {
			case '\t':
				if size > 0 {
					n := size - col%size
					if err := t.CheckAlloc(int64(b.Len()) + n); err != nil {
						return nil, err
					}
					b.WriteString(strings.Repeat(" ", int(n)))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return Str(b.String()), nil
	}},
	{"translate", strTranslate},
	{"__len__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return Int(strLen(args[0].(Str))), nil
	}},
	{"__getitem__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return strGetItem(t, args[0].(Str), args[1])
	}},
	{"__contains__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		r, err := Contains(t, args[0], args[1])
		return Bool(r), err
	}},
}

func init() {
	StrType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		a, err := parseArgs(t, "str", args, kw, []string{"object?", "encoding?", "errors?"})
		if err != nil {
			return nil, err
		}
		if a[0] == nil {
			return Str(""), nil
		}
		if a[1] != nil || a[2] != nil {
			if b, ok := a[0].(Bytes); ok {
				enc, handler, err := codecArgs(t, a[1], a[2])
				if err != nil {
					return nil, err
				}
				s, err := decodeBytes(string(b), enc, handler)
				return Str(s), err
			}
		}
		s, err := ToStr(t, a[0])
		return Str(s), err
	}
	StrType.setMethods(strMethods)
}

// lineBreaks are the characters str.splitlines splits at.
const lineBreaks = "\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029"

func strPred(f func(rune) bool) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		s := string(args[0].(Str))
		if s == "" {
			return False, nil
		}
		for _, r := range s {
			if !f(r) {
				return False, nil
			}
		}
		return True, nil
	}
}

func stripFn(name string, byFunc func(string, func(rune) bool) string, byChars func(string, string) string) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		s := string(args[0].(Str))
		if len(args) < 2 || args[1] == None {
			return Str(byFunc(s, unicode.IsSpace)), nil
		}
		chars, ok := BaseOf(args[1]).(Str)
		if !ok {
			return nil, t.typeErrorf("%s arg must be None or str", name)
		}
		return Str(byChars(s, string(chars))), nil
	}
}

func affixFn(name string, test func(string, string) bool) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 {
			return nil, t.typeErrorf("%s() takes at least 1 argument (0 given)", name)
		}
		s := string(args[0].(Str))
		lo, hi, err := strBounds(t, s, args[2:])
		if err != nil {
			return nil, err
		}
		if lo < 0 {
			return False, nil
		}
		s = s[lo:hi]
		switch a := BaseOf(args[1]).(type) {
		case Str:
			return Bool(test(s, string(a))), nil
		case Tuple:
			for _, x := range a {
				xs, ok := BaseOf(x).(Str)
				if !ok {
					return nil, t.typeErrorf("tuple for %s must only contain str, not %s", name, typeName(x))
				}
				if test(s, string(xs)) {
					return True, nil
				}
			}
			return False, nil
		}
		return nil, t.typeErrorf("%s first arg must be str or a tuple of str, not %s", name, typeName(args[1]))
	}
}

func findFn(name string, last, raise bool) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 {
			return nil, t.typeErrorf("%s() takes at least 1 argument (0 given)", name)
		}
		sub, ok := BaseOf(args[1]).(Str)
		if !ok {
			return nil, t.typeErrorf("must be str, not %s", typeName(args[1]))
		}
		s := string(args[0].(Str))
		lo, hi, err := strBounds(t, s, args[2:])
		if err != nil {
			return nil, err
		}
		i := -1
		if lo >= 0 {
			if last {
				i = strings.LastIndex(s[lo:hi], string(sub))
			} else {
				i = strings.Index(s[lo:hi], string(sub))
			}
			if i >= 0 {
				i = runeIndex(s, lo+i)
			}
		}
		if i < 0 && raise {
			return nil, t.valueErrorf("substring not found")
		}
		return Int(i), nil
	}
}

func padFn(name string) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, t.typeErrorf("%s expected at least 1 argument, got %d", name, len(args)-1)
		}
		w, ok, err := Index(t, args[1])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, t.typeErrorf("'%s' object cannot be interpreted as an integer", typeName(args[1]))
		}
		fill := " "
		if len(args) == 3 {
			f, ok := BaseOf(args[2]).(Str)
			if !ok || strLen(f) != 1 {
				return nil, t.typeErrorf("The fill character must be exactly one character long")
			}
			fill = string(f)
		}
		s := string(args[0].(Str))
		n := int(w) - strLen(Str(s))
		if n <= 0 {
			return Str(s), nil
		}
		if err := t.CheckAlloc(int64(n) * int64(len(fill))); err != nil {
			return nil, err
		}
		switch name {
		case "ljust":
			return Str(s + strings.Repeat(fill, n)), nil
		case "rjust":
			return Str(strings.Repeat(fill, n) + s), nil
		}
		left := n / 2
		if n%2 == 1 && int(w)%2 == 1 {
			left++
		}
		return Str(strings.Repeat(fill, left) + s + strings.Repeat(fill, n-left)), nil
	}
}

func partitionFn(last bool) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		sep, ok := BaseOf(args[1]).(Str)
		if !ok {
			return nil, t.typeErrorf("must be str, not %s", typeName(args[1]))
		}
		if sep == "" {
			return nil, t.valueErrorf("empty separator")
		}
		s := string(args[0].(Str))
		var i int
		if last {
			i = strings.LastIndex(s, string(sep))
			if i < 0 {
				return Tuple{Str(""), Str(""), Str(s)}, nil
			}
		} else {
			i = strings.Index(s, string(sep))
			if i < 0 {
				return Tuple{Str(s), Str(""), Str("")}, nil
			}
		}
		return Tuple{Str(s[:i]), sep, Str(s[i+len(sep):])}, nil
	}
}

func strSplit(t *Thread, args []Value, kw []Kwarg, right bool) (Value, error) {
	a, err := parseArgs(t, "split", args[1:], kw, []string{"sep?", "maxsplit?"})
	if err != nil {
		return nil, err
	}
	s := string(args[0].(Str))
	maxsplit := -1
	if a[1] != nil {
		m, _, err := Index(t, a[1])
		if err != nil {
			return nil, err
		}
		maxsplit = int(m)
	}
	if a[0] == nil || a[0] == None {
		if right && maxsplit >= 0 {
			// Split from the right on whitespace.
			fields := strings.Fields(s)
			if len(fields) <= maxsplit+1 {
				return NewList(strsToValues(fields)), nil
			}
			rest := s
			var tail []string
			for i := 0; i < maxsplit; i++ {
				rest = strings.TrimRightFunc(rest, unicode.IsSpace)
				j := strings.LastIndexFunc(rest, unicode.IsSpace)
				tail = append([]string{rest[j+1:]}, tail...)
				rest = rest[:j+1]
			}
			rest = strings.TrimRightFunc(rest, unicode.IsSpace)
			return NewList(strsToValues(append([]string{strings.TrimLeftFunc(rest, unicode.IsSpace)}, tail...))), nil
		}
		return NewList(splitWhitespace(s, maxsplit)), nil
	}
	sep, ok := BaseOf(a[0]).(Str)
	if !ok {
		return nil, t.typeErrorf("must be str or None, not %s", typeName(a[0]))
	}
	if sep == "" {
		return nil, t.valueErrorf("empty separator")
	}
	var parts []string
	if right && maxsplit >= 0 {
		parts = []string{}
		rest := s
		for i := 0; i < maxsplit; i++ {
			j := strings.LastIndex(rest, string(sep))
			if j < 0 {
				break
			}
			parts = append([]string{rest[j+len(sep):]}, parts...)
			rest = rest[:j]
		}
		parts = append([]string{rest}, parts...)
	} else {
		parts = strings.SplitN(s, string(sep), maxsplit+1)
		if maxsplit < 0 {
			parts = strings.Split(s, string(sep))
		}
	}
	return NewList(strsToValues(parts)), nil
}

func strsToValues(ss []string) []Value {
	out := make([]Value, len(ss))
	for i, s := range ss {
		out[i] = Str(s)
	}
	return out
}
