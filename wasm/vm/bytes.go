package vm

import (
	hexenc "encoding/hex"
	"strings"
	"unicode/utf8"
)

// bytes methods. Those that only move bytes around (split, strip, find,
// replace, ...) run the str method of the same name on the bytes read as
// Latin-1, one character per byte, and map the result back; the case
// methods use ASCII rules, as CPython's bytes do.

// latin1Str returns b as a string with one character per byte.
func latin1Str(b Bytes) string {
	if isASCII(string(b)) {
		return string(b)
	}
	var s strings.Builder
	for i := 0; i < len(b); i++ {
		s.WriteRune(rune(b[i]))
	}
	return s.String()
}

// latin1Bytes is the inverse of latin1Str: every character of s is below
// 256.
func latin1Bytes(s string) Bytes {
	if isASCII(s) {
		return Bytes(s)
	}
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return Bytes(out)
}

// bytesArg converts one argument of a bytes method for the str method.
func bytesArg(t *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Bytes:
		return Str(latin1Str(x)), nil
	case *ByteArray:
		return Str(latin1Str(Bytes(x.B))), nil
	case Str:
		return nil, t.typeErrorf("a bytes-like object is required, not 'str'")
	case Tuple:
		out := make(Tuple, len(x))
		for i, e := range x {
			c, err := bytesArg(t, e)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	}
	return v, nil
}

// bytesResult converts a str method's result back to bytes.
func bytesResult(v Value) Value {
	return mapResult(v, func(v Value) Value {
		if s, ok := v.(Str); ok {
			return latin1Bytes(string(s))
		}
		return v
	})
}

// mapResult applies leaf to a method's result, or to the items of the list
// or tuple it returns (split, partition, ...).
func mapResult(v Value, leaf func(Value) Value) Value {
	switch x := v.(type) {
	case *List:
		for i, e := range x.Items {
			x.Items[i] = leaf(e)
		}
		return x
	case Tuple:
		out := make(Tuple, len(x))
		for i, e := range x {
			out[i] = leaf(e)
		}
		return out
	}
	return leaf(v)
}

// bytesVia returns a bytes method that runs the str method name.
func bytesVia(name string) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		conv := make([]Value, len(args))
		for i, a := range args {
			c, err := bytesArg(t, a)
			if err != nil {
				return nil, err
			}
			conv[i] = c
		}
		kwc := make([]Kwarg, len(kw))
		for i, k := range kw {
			c, err := bytesArg(t, k.Value)
			if err != nil {
				return nil, err
			}
			kwc[i] = Kwarg{Name: k.Name, Value: c}
		}
		fn, _ := StrType.Dict.GetStr(name)
		r, err := fn.(*Builtin).Fn(t, conv, kwc)
		if err != nil {
			return nil, err
		}
		return bytesResult(r), nil
	}
}

// bytesPred returns a bytes predicate such as isdigit: true when b is not
// empty and every byte satisfies ok.
func bytesPred(ok func(c byte) bool) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		b := args[0].(Bytes)
		for i := 0; i < len(b); i++ {
			if !ok(b[i]) {
				return False, nil
			}
		}
		return Bool(len(b) > 0), nil
	}
}

func isAlphaByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// strCodecMethods are built-in methods of str.
var strCodecMethods = []method{
	{"encode", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		enc, errors, err := parseCodecArgs(t, "encode", args[1:], kw)
		if err != nil {
			return nil, err
		}
		b, err := encodeStr(string(args[0].(Str)), enc, errors)
		return Bytes(b), err
	}},
}

func init() {
	methods := []method{
		{"upper", caseMethod(caseUpper)},
		{"lower", caseMethod(caseLower)},
		{"swapcase", caseMethod(caseSwap)},
		{"title", caseMethod(caseTitle)},
		{"capitalize", caseMethod(caseCapitalize)},
		{"isalpha", bytesPred(isAlphaByte)},
		{"isdigit", bytesPred(isDigitByte)},
		{"isalnum", bytesPred(func(c byte) bool { return isAlphaByte(c) || isDigitByte(c) })},
		{"isspace", bytesPred(func(c byte) bool { return strings.IndexByte(" \t\n\r\v\f", c) >= 0 })},
		{"isascii", bytesPred(func(c byte) bool { return c < 0x80 })},
		{"isupper", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return Bool(hasCase(latin1Str(args[0].(Bytes)), true, true)), nil
		}},
		{"islower", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return Bool(hasCase(latin1Str(args[0].(Bytes)), false, true)), nil
		}},
		{"istitle", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return Bool(isTitle(latin1Str(args[0].(Bytes)), true)), nil
		}},
		{"join", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			b, err := joinItems(t, "bytes", args, "a bytes-like object", func(v Value) (string, bool) {
				b, ok := v.(Bytes)
				return string(b), ok
			})
			if err != nil {
				return nil, err
			}
			return Bytes(b), nil
		}},
		{"hex", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			h := hexenc.EncodeToString([]byte(args[0].(Bytes)))
			if len(args) > 1 {
				sep, ok := args[1].(Str)
				if !ok || len(sep) != 1 {
					return nil, t.valueErrorf("sep must be length 1.")
				}
				var pairs []string
				for i := 0; i < len(h); i += 2 {
					pairs = append(pairs, h[i:i+2])
				}
				h = strings.Join(pairs, string(sep))
			}
			return Str(h), nil
		}},
		{"decode", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			enc, errors, err := parseCodecArgs(t, "decode", args[1:], kw)
			if err != nil {
				return nil, err
			}
			s, err := decodeBytes(string(args[0].(Bytes)), enc, errors)
			return Str(s), err
		}},
	}
	for _, name := range []string{"split", "rsplit", "splitlines", "strip", "lstrip", "rstrip",
		"replace", "startswith", "endswith", "find", "rfind", "index", "rindex", "count",
		"center", "ljust", "rjust", "zfill", "partition", "rpartition", "removeprefix",
		"removesuffix", "expandtabs"} {
		methods = append(methods, method{name, bytesVia(name)})
	}
	BytesType.setMethods(methods)
	BytesType.Dict.SetStr("fromhex", &ClassMethod{Func: NewBuiltin("fromhex", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		s, ok := args[len(args)-1].(Str)
		if len(args) != 2 || !ok {
			return nil, t.typeErrorf("fromhex() argument must be str, not %s", typeName(args[len(args)-1]))
		}
		digits := strings.Join(strings.Fields(string(s)), "")
		b, ok := decodeHex(digits)
		if !ok {
			return nil, t.valueErrorf("non-hexadecimal number found in fromhex() arg")
		}
		return Bytes(b), nil
	})})
	initByteArray()
	StrType.setMethods(strCodecMethods)
}

// parseCodecArgs parses the (encoding, errors) arguments of encode or
// decode with codecArgs.
func parseCodecArgs(t *Thread, name string, args []Value, kw []Kwarg) (enc, handler string, err error) {
	a, err := parseArgs(t, name, args, kw, []string{"encoding?", "errors?"})
	if err != nil {
		return "", "", err
	}
	return codecArgs(t, a[0], a[1])
}

// codecArgs normalizes the encoding and errors arguments of encode and
// decode to "utf-8", "ascii" or "latin-1" and an error handler name.
func codecArgs(t *Thread, encoding, errors Value) (enc, handler string, err error) {
	enc, handler = "utf-8", "strict"
	if encoding != nil {
		s, ok := encoding.(Str)
		if !ok {
			return "", "", t.typeErrorf("encode() argument 'encoding' must be str, not %s", typeName(encoding))
		}
		switch strings.ReplaceAll(strings.ToLower(string(s)), "_", "-") {
		case "utf-8", "utf8", "u8":
			enc = "utf-8"
		case "ascii", "us-ascii", "646":
			enc = "ascii"
		case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819":
			enc = "latin-1"
		default:
			return "", "", Errorf(LookupErrorType, "unknown encoding: %s", string(s))
		}
	}
	if errors != nil {
		s, ok := errors.(Str)
		if !ok {
			return "", "", t.typeErrorf("encode() argument 'errors' must be str, not %s", typeName(errors))
		}
		handler = string(s)
	}
	return enc, handler, nil
}

// encodeStr encodes s; characters the codec cannot represent go through
// the error handler.
func encodeStr(s, enc, handler string) (string, error) {
	if enc == "utf-8" {
		return s, nil
	}
	limit := rune(0x80)
	if enc == "latin-1" {
		limit = 0x100
	}
	runes := []rune(s)
	var b strings.Builder
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if r < limit {
			b.WriteByte(byte(r))
			continue
		}
		switch handler {
		case "ignore":
		case "replace":
			b.WriteByte('?')
		case "backslashreplace":
			b.WriteString(asciiEscape(string(r)))
		case "xmlcharrefreplace":
			b.WriteString("&#" + itoa(int(r)) + ";")
		default:
			end := i + 1
			for end < len(runes) && runes[end] >= limit {
				end++
			}
			where := "character '" + asciiEscape(string(r)) + "' in position " + itoa(i)
			if end-i > 1 {
				where = "characters in position " + itoa(i) + "-" + itoa(end-1)
			}
			return "", Errorf(UnicodeEncodeErrorType, "'%s' codec can't encode %s: ordinal not in range(%d)", enc, where, limit)
		}
	}
	return b.String(), nil
}

// utf8Invalid returns, for an invalid UTF-8 sequence at the start of b,
// how many bytes the error covers and CPython's reason.
func utf8Invalid(b string) (int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c >= 0xe0 && c <= 0xef:
		need = 2
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		need = 3
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		if b[k] < lo || b[k] > hi {
			return k, "invalid continuation byte"
		}
		lo, hi = 0x80, 0xbf
	}
	return need + 1, "invalid continuation byte"
}

// decodeBytes decodes b; invalid input goes through the error handler.
func decodeBytes(b, enc, handler string) (string, error) {
	if isASCII(b) {
		return b, nil
	}
	if enc == "latin-1" {
		return latin1Str(Bytes(b)), nil
	}
	var out strings.Builder
	for i := 0; i < len(b); {
		n, reason := 1, "ordinal not in range(128)"
		if b[i] < 0x80 {
			out.WriteByte(b[i])
			i++
			continue
		}
		if enc == "utf-8" {
			r, size := utf8.DecodeRuneInString(b[i:])
			if r != utf8.RuneError || size > 1 {
				out.WriteRune(r)
				i += size
				continue
			}
			n, reason = utf8Invalid(b[i:])
		}
		switch handler {
		case "ignore":
		case "replace":
			out.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for _, c := range []byte(b[i : i+n]) {
				out.WriteString(`\x` + hex2(int(c)))
			}
		default:
			where := "byte 0x" + hex2(int(b[i])) + " in position " + itoa(i)
			if n > 1 {
				where = "bytes in position " + itoa(i) + "-" + itoa(i+n-1)
			}
			return "", Errorf(UnicodeDecodeErrorType, "'%s' codec can't decode %s: %s", enc, where, reason)
		}
		i += n
	}
	return out.String(), nil
}

// decodeHex decodes pairs of hexadecimal digits (either case).
func decodeHex(s string) ([]byte, bool) {
	if len(s)%2 != 0 {
		return nil, false
	}
	out := make([]byte, len(s)/2)
	for i := range out {
		hi, ok1 := hexValue(s[2*i])
		lo, ok2 := hexValue(s[2*i+1])
		if !ok1 || !ok2 {
			return nil, false
		}
		out[i] = hi<<4 | lo
	}
	return out, true
}

func hexValue(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
