package vm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Case mapping as CPython does it: full Unicode case mapping for str
// (including the special case of ß, which upper-cases to "SS"), and ASCII
// only for bytes.

// caseKind selects a case conversion.
type caseKind uint8

const (
	caseUpper caseKind = iota
	caseLower
	caseFold
	caseSwap
	caseTitle
	caseCapitalize
)

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// convertRune maps one character; ascii restricts the mapping to A-Z/a-z.
func convertRune(b *strings.Builder, r rune, to caseKind, ascii bool) {
	if ascii && (r >= 0x80 || !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z')) {
		b.WriteRune(r)
		return
	}
	switch to {
	case caseUpper:
		if r == 'ß' {
			b.WriteString("SS")
			return
		}
		b.WriteRune(unicode.ToUpper(r))
	case caseTitle:
		if r == 'ß' {
			b.WriteString("Ss")
			return
		}
		b.WriteRune(unicode.ToTitle(r))
	case caseFold:
		if r == 'ß' {
			b.WriteString("ss")
			return
		}
		b.WriteRune(unicode.ToLower(r))
	default:
		b.WriteRune(unicode.ToLower(r))
	}
}

// convertCase applies a case conversion to s, whose characters are runes
// (for bytes, each byte is one rune below 256).
func convertCase(s string, to caseKind, ascii bool) string {
	var b strings.Builder
	prevCased := false
	first := true
	for _, r := range s {
		switch to {
		case caseSwap:
			switch {
			case unicode.IsUpper(r):
				convertRune(&b, r, caseLower, ascii)
			case unicode.IsLower(r):
				convertRune(&b, r, caseUpper, ascii)
			default:
				b.WriteRune(r)
			}
		case caseTitle:
			if prevCased {
				convertRune(&b, r, caseLower, ascii)
			} else {
				convertRune(&b, r, caseTitle, ascii)
			}
			prevCased = isCased(r) && (!ascii || r < 0x80)
		case caseCapitalize:
			if first {
				convertRune(&b, r, caseTitle, ascii)
			} else {
				convertRune(&b, r, caseLower, ascii)
			}
		default:
			convertRune(&b, r, to, ascii)
		}
		first = false
	}
	return b.String()
}

// isTitle is str.istitle: upper-case characters only follow uncased ones,
// lower-case ones only cased ones, and there is at least one cased one.
func isTitle(s string, ascii bool) bool {
	cased, prev := false, false
	for _, r := range s {
		if ascii && r >= 0x80 {
			prev = false
			continue
		}
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if prev {
				return false
			}
			prev, cased = true, true
		case unicode.IsLower(r):
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return cased
}

// hasCase reports whether s has a cased character and all of them are
// upper (upper is true) or lower case: str.isupper and str.islower.
func hasCase(s string, upper, ascii bool) bool {
	cased := false
	for _, r := range s {
		if ascii && r >= 0x80 {
			continue
		}
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			if !upper {
				return false
			}
			cased = true
		} else if unicode.IsLower(r) {
			if upper {
				return false
			}
			cased = true
		}
	}
	return cased
}

func caseMethod(to caseKind) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if b, ok := args[0].(Bytes); ok {
			return latin1Bytes(convertCase(latin1Str(b), to, true)), nil
		}
		return Str(convertCase(string(args[0].(Str)), to, false)), nil
	}
}

// strCaseMethods are built-in methods of str.
var strCaseMethods = []method{
	{"upper", caseMethod(caseUpper)},
	{"lower", caseMethod(caseLower)},
	{"casefold", caseMethod(caseFold)},
	{"swapcase", caseMethod(caseSwap)},
	{"title", caseMethod(caseTitle)},
	{"capitalize", caseMethod(caseCapitalize)},
	{"istitle", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return Bool(isTitle(string(args[0].(Str)), false)), nil
	}},
	{"isupper", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return Bool(hasCase(string(args[0].(Str)), true, false)), nil
	}},
	{"islower", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return Bool(hasCase(string(args[0].(Str)), false, false)), nil
	}},
}

func init() {
	StrType.setMethods(strCaseMethods)
	StrType.Dict.SetStr("maketrans", &StaticMethod{Func: NewBuiltin("maketrans", strMaketrans)})
}

// strMaketrans is str.maketrans(x[, y[, z]]): a dict from code points to
// replacement strings, code points or None.
func strMaketrans(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	d := NewDict()
	switch len(args) {
	case 1:
		src, ok := args[0].(*Dict)
		if !ok {
			return nil, t.typeErrorf("if you give only one argument to maketrans it must be a dict")
		}
		for _, k := range src.Keys() {
			v, _, _ := src.Get(t, k)
			if s, ok := k.(Str); ok {
				if strLen(s) != 1 {
					return nil, t.valueErrorf("string keys in translate table must be of length 1")
				}
				r, _ := utf8.DecodeRuneInString(string(s))
				k = Int(r)
			}
			if err := d.Set(t, k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	case 2, 3:
		x, ok1 := args[0].(Str)
		y, ok2 := args[1].(Str)
		if !ok1 || !ok2 {
			return nil, t.typeErrorf("maketrans() argument 2 must be str, not %s", typeName(args[1]))
		}
		xs, ys := []rune(string(x)), []rune(string(y))
		if len(xs) != len(ys) {
			return nil, t.valueErrorf("the first two maketrans arguments must have equal length")
		}
		for i, r := range xs {
			if err := d.Set(t, Int(r), Int(ys[i])); err != nil {
				return nil, err
			}
		}
		if len(args) == 3 {
			z, ok := args[2].(Str)
			if !ok {
				return nil, t.typeErrorf("maketrans() argument 3 must be str, not %s", typeName(args[2]))
			}
			for _, r := range string(z) {
				if err := d.Set(t, Int(r), None); err != nil {
					return nil, err
				}
			}
		}
		return d, nil
	}
	return nil, t.typeErrorf("maketrans() takes at most 3 arguments (%d given)", len(args))
}

// strTranslate is str.translate(table): each character is looked up in
// table; a missing key (LookupError) keeps it, None deletes it.
func strTranslate(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, t.typeErrorf("translate() takes exactly one argument (%d given)", len(args)-1)
	}
	var b strings.Builder
	for _, r := range string(args[0].(Str)) {
		v, err := GetItem(t, args[1], Int(r))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Type().IsSubtype(LookupErrorType) {
				b.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch x := v.(type) {
		case NoneType:
		case Str:
			b.WriteString(string(x))
		case Int:
			b.WriteRune(rune(x))
		default:
			return nil, t.typeErrorf("character mapping must return integer, None or str")
		}
	}
	return Str(b.String()), nil
}
