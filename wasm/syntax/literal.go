package syntax

import (
	"strconv"
	"unicode/utf8"

	"github.com/exitplay/exitplay/wasm/internal/digits"
)

// number converts a NUMBER token (already validated by the scanner) to an
// int64, *big.Int or float64.
func (p *parser) number(t *token) any {
	raw := p.src[t.start.Off:t.end.Off]
	buf := make([]byte, 0, len(raw))
	isFloat := false
	for _, c := range raw {
		switch c {
		case '_':
			continue
		case '.', 'e', 'E':
			isFloat = true
		}
		buf = append(buf, c)
	}
	s := string(buf)
	base := 10
	if len(s) > 1 && s[0] == '0' {
		switch s[1] | 0x20 {
		case 'x':
			base, s, isFloat = 16, s[2:], false
		case 'o':
			base, s = 8, s[2:]
		case 'b':
			base, s = 2, s[2:]
		}
	}
	if isFloat {
		f, _ := strconv.ParseFloat(s, 64) // out of range gives ±Inf, as in Python
		return f
	}
	if n, err := strconv.ParseInt(s, base, 64); err == nil {
		return n
	}
	n, ok := digits.Parse(s, base)
	if !ok {
		p.errorAtToken(t, "invalid decimal literal")
	}
	return n
}

// stringToken describes one STRING token: its prefix flags and the byte
// range of its body between the quotes.
type stringToken struct {
	tok                 *token
	raw, bytes, fstring bool
	body, end           int // body is src[body:end]
}

func (p *parser) splitString(t *token) stringToken {
	st := stringToken{tok: t}
	i := t.start.Off
	for ; p.src[i] != '\'' && p.src[i] != '"'; i++ {
		switch p.src[i] | 0x20 {
		case 'r':
			st.raw = true
		case 'b':
			st.bytes = true
		case 'f':
			st.fstring = true
		}
	}
	q := 1
	if t.end.Off-i >= 6 && p.src[i+1] == p.src[i] && p.src[i+2] == p.src[i] {
		q = 3
	}
	st.body, st.end = i+q, t.end.Off-q
	return st
}

// strings parses one or more adjacent string literals into a *Constant
// (str or bytes) or, if any is an f-string, a *JoinedStr.
func (p *parser) strings() Expr {
	start := p.tok().start
	first := p.tok()
	var lit []byte   // pending literal text
	var parts []Expr // JoinedStr values so far
	isBytes, anyF := false, false
	for p.at(tString) {
		t := p.tok()
		p.next()
		st := p.splitString(t)
		if t == first {
			isBytes = st.bytes
		} else if st.bytes != isBytes {
			p.errorAtToken(p.tok(), "cannot mix bytes and nonbytes literals")
		}
		if st.fstring {
			anyF = true
			lit, parts, _ = p.fstringBody(st, st.body, lit, parts, 0)
		} else {
			lit = p.decode(st, st.body, st.end, lit)
		}
	}
	span := p.spanFrom(start)
	if isBytes {
		return &Constant{Base{span}, lit}
	}
	if !anyF {
		return &Constant{Base{span}, string(lit)}
	}
	if len(lit) > 0 {
		parts = append(parts, &Constant{Value: string(lit)})
	}
	return joined(span, parts)
}

// joined builds a JoinedStr. As in CPython 3.11, its constant parts and
// fields carry the span of the whole literal, and so do the parts of a
// format spec that contains fields (a spec of plain text keeps the span of
// its string token).
func joined(span Span, parts []Expr) *JoinedStr {
	setSpans(span, parts)
	for _, e := range parts {
		if fv, ok := e.(*FormattedValue); ok && fv.FormatSpec != nil {
			spec := fv.FormatSpec.(*JoinedStr).Values
			for _, part := range spec {
				if _, ok := part.(*FormattedValue); ok {
					setSpans(span, spec)
					break
				}
			}
		}
	}
	return &JoinedStr{Base{span}, parts}
}

// setSpans gives the constants and fields of parts the span s.
func setSpans(s Span, parts []Expr) {
	for _, e := range parts {
		switch e := e.(type) {
		case *Constant:
			e.Loc = s
		case *FormattedValue:
			e.Loc = s
		}
	}
}

// decode appends the value of string body src[from:to] to out, processing
// escape sequences unless the literal is raw. Line endings are normalized
// to \n.
func (p *parser) decode(st stringToken, from, to int, out []byte) []byte {
	src := p.src
	for i := from; i < to; {
		c := src[i]
		if c == '\r' {
			out = append(out, '\n')
			i++
			if i < to && src[i] == '\n' {
				i++
			}
			continue
		}
		if c >= utf8.RuneSelf && st.bytes {
			p.errorAtToken(st.tok, "bytes can only contain ASCII literal characters")
		}
		if c != '\\' || st.raw {
			if c == '\\' && i+1 < to && (src[i+1] == '\r') {
				// raw string: keep the backslash, normalize the newline
				out = append(out, '\\')
				i++
				continue
			}
			out = append(out, c)
			i++
			continue
		}
		i++
		if i >= to {
			out = append(out, '\\')
			break
		}
		e := src[i]
		i++
		switch e {
		case '\n':
		case '\r':
			if i < to && src[i] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			out = append(out, e)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for n := 1; n < 3 && i < to && src[i] >= '0' && src[i] <= '7'; n++ {
				v = v*8 + int(src[i]-'0')
				i++
			}
			out = p.appendCode(st, out, rune(v))
		case 'x':
			v, ok := hexValue(src, i, to, 2)
			if !ok {
				p.escapeError(st, i-2, "truncated \\xXX escape")
			}
			i += 2
			out = p.appendCode(st, out, rune(v))
		case 'u', 'U', 'N':
			if st.bytes {
				out = append(out, '\\', e)
				continue
			}
			if e == 'N' {
				var r rune
				r, i = p.namedEscape(st, i, to)
				out = utf8.AppendRune(out, r)
				continue
			}
			n := 4
			if e == 'U' {
				n = 8
			}
			v, ok := hexValue(src, i, to, n)
			if !ok {
				p.escapeError(st, i-2, "truncated \\%cXXXX escape", e)
			}
			if v > utf8.MaxRune {
				p.escapeError(st, i-2, "illegal Unicode character")
			}
			i += n
			out = utf8.AppendRune(out, rune(v))
		default:
			out = append(out, '\\', e)
		}
	}
	return out
}

// namedEscape decodes the {name} of a \N{name} escape starting at src[i]
// and returns the character and the index after the closing brace.
func (p *parser) namedEscape(st stringToken, i, to int) (rune, int) {
	src := p.src
	if i >= to || src[i] != '{' {
		p.escapeErrorRange(st, i-2, i-1, "malformed \\N character escape")
	}
	end := i + 1
	for end < to && src[end] != '}' {
		end++
	}
	if end >= to || end == i+1 {
		p.escapeErrorRange(st, i-2, i-1, "malformed \\N character escape")
	}
	r, ok := lookupName(string(src[i+1 : end]))
	if !ok {
		p.escapeErrorRange(st, i-2, end, "unknown Unicode character name")
	}
	return r, end + 1
}

// appendCode appends character code v: a byte in a bytes literal, a
// character in a str literal.
func (p *parser) appendCode(st stringToken, out []byte, v rune) []byte {
	if st.bytes {
		return append(out, byte(v))
	}
	return utf8.AppendRune(out, v)
}

func hexValue(src []byte, i, to, n int) (int, bool) {
	if i+n > to {
		return 0, false
	}
	v := 0
	for _, c := range src[i : i+n] {
		var d byte
		switch {
		case isDigit(c):
			d = c - '0'
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			d = c | 0x20 - 'a' + 10
		default:
			return 0, false
		}
		v = v*16 + int(d)
	}
	return v, true
}

// escapeError reports a bad escape sequence starting at src[at] as
// CPython's codec error does.
func (p *parser) escapeError(st stringToken, at int, format string, args ...any) {
	end := at + 2
	for end < st.end && isHex(p.src[end]) && end < at+10 {
		end++
	}
	p.escapeErrorRange(st, at, end-1, format, args...)
}

func (p *parser) escapeErrorRange(st stringToken, at, last int, format string, args ...any) {
	pos := at - st.body
	// CPython reports these at the token after the literal.
	if st.bytes {
		p.errorAtToken(p.tok(), "(value error) invalid \\x escape at position %d", pos)
	}
	args = append([]any{pos, last - st.body}, args...)
	p.errorAtToken(p.tok(), "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: "+format, args...)
}
