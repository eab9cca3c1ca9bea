package syntax

import (
	"unicode"
	"unicode/utf8"

	"github.com/exitplay/exitplay/wasm/internal/printf"
)

// scanner splits source text into tokens, following CPython's tokenizer:
// INDENT/DEDENT from leading whitespace, NEWLINE at the end of each logical
// line, newlines ignored inside brackets, backslash continuations. It scans
// the whole file up front; a lexical error ends the token list with a
// tError token and is kept in err, so the parser reports it only when it
// gets that far (as CPython's lazy tokenizer does).
type scanner struct {
	src      []byte
	filename string

	off     int // current byte offset
	line    int // current line, 1-based
	lineOff int // byte offset where the current line starts
	colOff  int // byte offset whose rune column is cached in col
	col     int

	indents    []int // indentation columns, tabs to multiples of 8
	altIndents []int // the same with a tab counted as one column
	brackets   []token
	lineToks   bool // the current logical line has tokens

	// implicit is set when scanning the expression of an f-string field,
	// which behaves as if it were inside parentheses.
	implicit bool

	toks []token
	err  *Error // lexical error, if any
	// errFirst reports whether err takes precedence over a parser error
	// found earlier in the file. In CPython only the errors its tokenizer
	// raises directly do; indentation errors, a bad line continuation and
	// an end of file after a backslash are reported only when reached.
	errFirst bool
	unclosed *token // innermost bracket still open at end of file
}

// newScanner returns a scanner for src[from:].
func newScanner(filename string, src []byte, from int) *scanner {
	s := &scanner{src: src, filename: filename, line: 1, off: from}
	s.indents = append(s.indents, 0)
	s.altIndents = append(s.altIndents, 0)
	s.toks = make([]token, 0, (len(src)-from)/3+8)
	return s
}

// pos returns the current position.
func (s *scanner) pos() pos {
	if s.colOff < s.lineOff || s.colOff > s.off {
		s.colOff, s.col = s.lineOff, 0
	}
	for ; s.colOff < s.off; s.colOff++ {
		if s.src[s.colOff]&0xC0 != 0x80 {
			s.col++
		}
	}
	return pos{s.off, s.line, s.col}
}

func (s *scanner) peekAt(i int) byte {
	if s.off+i < len(s.src) {
		return s.src[s.off+i]
	}
	return 0
}

func (s *scanner) emit(k tokenKind, start pos) {
	s.toks = append(s.toks, token{kind: k, start: start, end: s.pos()})
	s.lineToks = true
}

// newline consumes a line ending (\n, \r\n or \r) at the current offset.
func (s *scanner) newline() {
	if s.src[s.off] == '\r' && s.peekAt(1) == '\n' {
		s.off++
	}
	s.off++
	s.line++
	s.lineOff = s.off
}

// fail records a lexical error at 1-based column col (and endCol) of the
// current line and ends the token list.
func (s *scanner) fail(line, col, endCol int, kind, format string, args ...any) {
	s.err = &Error{Kind: kind, Msg: printf.Sprintf(format, args...), Filename: s.filename,
		Line: line, Col: col, EndLine: line, EndCol: endCol, Text: lineText(s.src, line)}
	s.errFirst = kind == "SyntaxError" && s.err.Msg != msgLineCont && s.err.Msg != msgEOF
	p := s.pos()
	s.toks = append(s.toks, token{kind: tError, start: p, end: p})
}

// failHere reports an error whose column is that of the last consumed
// character, as CPython does for most tokenizer errors.
func (s *scanner) failHere(format string, args ...any) {
	c := s.pos().Col
	s.fail(s.line, c, c, "SyntaxError", format, args...)
}

// Messages of lexical errors that do not take precedence (see errFirst).
const (
	msgLineCont = "unexpected character after line continuation character"
	msgEOF      = "unexpected EOF while parsing"
)

// scan tokenizes the whole source.
func (s *scanner) scan() {
	atBOL := !s.implicit
	for {
		if atBOL {
			atBOL = false
			if !s.indentation() {
				return
			}
		}
		if s.off >= len(s.src) {
			s.eof()
			return
		}
		c := s.src[s.off]
		switch {
		case c == ' ' || c == '\t' || c == '\f':
			s.off++
		case c == '#':
			// A comment ending a line that has tokens belongs to its
			// NEWLINE token, as in CPython.
			if s.lineToks && len(s.brackets) == 0 && !s.implicit {
				start := s.pos()
				s.skipComment()
				s.newlineToken(start)
				atBOL = true
				continue
			}
			s.skipComment()
		case c == '\n' || c == '\r':
			if len(s.brackets) > 0 || s.implicit || !s.lineToks {
				s.newline()
				continue
			}
			s.newlineToken(s.pos())
			atBOL = true
		case c == '\\':
			s.off++
			if s.off >= len(s.src) {
				s.fail(s.line, 0, -1, "SyntaxError", msgEOF)
				return
			}
			if d := s.src[s.off]; d != '\n' && d != '\r' {
				s.off++
				c := s.pos().Col
				s.fail(s.line, c, 0, "SyntaxError", msgLineCont)
				return
			}
			s.newline()
			if s.off >= len(s.src) {
				line := s.line - 1
				col := 0 // a line holding only the backslash
				if s.lineToks {
					col = utf8.RuneCountInString(lineText(s.src, line)) + 1
				}
				s.fail(line, col, -1, "SyntaxError", msgEOF)
				return
			}
		default:
			if !s.token(c) {
				return
			}
		}
	}
}

// newlineToken emits a NEWLINE token from start (a comment, or the line
// ending itself) to the line ending, and consumes the line ending. As in
// CPython, the token does not include the line ending.
func (s *scanner) newlineToken(start pos) {
	end := s.pos()
	if s.off < len(s.src) {
		s.newline()
	}
	s.toks = append(s.toks, token{kind: tNewline, start: start, end: end})
	s.lineToks = false
}

func (s *scanner) skipComment() {
	for s.off < len(s.src) && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
		s.off++
	}
}

// eof emits the tokens that end the file.
func (s *scanner) eof() {
	p := s.pos()
	if n := len(s.brackets); n > 0 {
		s.unclosed = &s.brackets[n-1]
	} else if !s.implicit {
		if s.lineToks {
			s.toks = append(s.toks, token{kind: tNewline, start: p, end: p})
		}
		for len(s.indents) > 1 {
			s.indents = s.indents[:len(s.indents)-1]
			s.toks = append(s.toks, token{kind: tDedent, start: p, end: p})
		}
	}
	s.toks = append(s.toks, token{kind: tEOF, start: p, end: p})
}

// indentation measures the indentation of a new line, skipping blank and
// comment-only lines, and emits INDENT or DEDENT tokens. It reports false
// after a lexical error.
func (s *scanner) indentation() bool {
	for {
		col, alt := 0, 0
		for ; s.off < len(s.src); s.off++ {
			switch s.src[s.off] {
			case ' ':
				col++
				alt++
				continue
			case '\t':
				col = (col/8 + 1) * 8
				alt++
				continue
			case '\f':
				col, alt = 0, 0
				continue
			}
			break
		}
		if s.off >= len(s.src) {
			return true
		}
		switch s.src[s.off] {
		case '#':
			s.skipComment()
			if s.off < len(s.src) {
				s.newline()
			}
			continue
		case '\n', '\r':
			s.newline()
			continue
		case '\\':
			return true // a continuation line; CPython treats it as content
		}
		return s.indent(col, alt)
	}
}

func (s *scanner) indent(col, alt int) bool {
	top := len(s.indents) - 1
	p := s.pos()
	tabError := func() bool {
		s.fail(s.line, 1, 0, "TabError", "inconsistent use of tabs and spaces in indentation")
		return false
	}
	switch {
	case col == s.indents[top]:
		if alt != s.altIndents[top] {
			return tabError()
		}
	case col > s.indents[top]:
		if alt <= s.altIndents[top] {
			return tabError()
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, alt)
		s.toks = append(s.toks, token{kind: tIndent, start: pos{s.lineOff, s.line, 0}, end: p})
	default:
		for top > 0 && col < s.indents[top] {
			top--
		}
		if col != s.indents[top] {
			text := lineText(s.src, s.line)
			s.fail(s.line, utf8.RuneCountInString(text)+1, -1, "IndentationError", "unindent does not match any outer indentation level")
			return false
		}
		if alt != s.altIndents[top] {
			return tabError()
		}
		for range len(s.indents) - 1 - top {
			s.toks = append(s.toks, token{kind: tDedent, start: p, end: p})
		}
		s.indents, s.altIndents = s.indents[:top+1], s.altIndents[:top+1]
	}
	return true
}

// token scans one token starting with byte c. It reports false after a
// lexical error.
func (s *scanner) token(c byte) bool {
	start := s.pos()
	switch {
	case isIdentStart(c):
		return s.name(start)
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRune(s.src[s.off:])
		if isIdentRune(r, true) {
			return s.name(start)
		}
		s.off += size
		if unicode.IsPrint(r) {
			s.failHere("invalid character '%c' (U+%04X)", r, r)
		} else {
			s.failHere("invalid non-printable character U+%04X", r)
		}
		return false
	case c >= '0' && c <= '9' || c == '.' && isDigit(s.peekAt(1)):
		return s.number(start)
	case c == '"' || c == '\'':
		return s.str(start)
	}
	return s.operator(c, start)
}

func (s *scanner) name(start pos) bool {
	for s.off < len(s.src) {
		c := s.src[s.off]
		if c < utf8.RuneSelf {
			if !isIdentStart(c) && !isDigit(c) {
				break
			}
			s.off++
			continue
		}
		r, size := utf8.DecodeRune(s.src[s.off:])
		if !isIdentRune(r, false) {
			break
		}
		s.off += size
	}
	if q := s.peekAt(0); (q == '"' || q == '\'') && isStringPrefix(s.src[start.Off:s.off]) {
		return s.str(start)
	}
	k := tName
	if kw, ok := keywords[string(s.src[start.Off:s.off])]; ok {
		k = kw
	}
	s.emit(k, start)
	return true
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isIdentRune(r rune, first bool) bool {
	if unicode.IsLetter(r) || r == '_' || unicode.Is(unicode.Nl, r) {
		return true
	}
	return !first && (unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc))
}

// isStringPrefix reports whether p is a valid string prefix (any case): r,
// u, b, f, br, rb, fr, rf.
func isStringPrefix(p []byte) bool {
	if len(p) > 2 {
		return false
	}
	var r, u, b, f int
	for _, c := range p {
		switch c | 0x20 {
		case 'r':
			r++
		case 'u':
			u++
		case 'b':
			b++
		case 'f':
			f++
		default:
			return false
		}
	}
	if r > 1 || u > 1 || b > 1 || f > 1 || b+f > 1 {
		return false
	}
	return u == 0 || len(p) == 1
}

// str scans a string literal whose prefix (if any) starts at start.
func (s *scanner) str(start pos) bool {
	q := s.src[s.off]
	triple := s.peekAt(1) == q && s.peekAt(2) == q
	if triple {
		s.off += 3
	} else {
		s.off++
	}
	for {
		if s.off >= len(s.src) {
			return s.unterminated(start, triple)
		}
		switch c := s.src[s.off]; c {
		case '\\':
			s.off++
			if s.off < len(s.src) {
				if d := s.src[s.off]; d == '\n' || d == '\r' {
					s.newline()
				} else {
					s.off++
				}
			}
		case '\n', '\r':
			if !triple {
				return s.unterminated(start, false)
			}
			s.newline()
		case q:
			s.off++
			if !triple {
				s.emit(tString, start)
				return true
			}
			if s.peekAt(0) == q && s.peekAt(1) == q {
				s.off += 2
				s.emit(tString, start)
				return true
			}
		default:
			s.off++
		}
	}
}

func (s *scanner) unterminated(start pos, triple bool) bool {
	if triple {
		last := s.line
		if n := len(s.src); n > 0 && (s.src[n-1] == '\n' || s.src[n-1] == '\r') {
			last--
		}
		s.fail(start.Line, start.Col+1, start.Col+1, "SyntaxError", "unterminated triple-quoted string literal (detected at line %d)", last)
	} else {
		s.fail(start.Line, start.Col+1, start.Col+1, "SyntaxError", "unterminated string literal (detected at line %d)", s.line)
	}
	return false
}

// digits consumes digits accepted by ok, with single underscores between
// them. It reports false (after recording an error) on a misplaced
// underscore.
func (s *scanner) digits(ok func(byte) bool, kind string) bool {
	for s.off < len(s.src) {
		c := s.src[s.off]
		if c == '_' {
			s.off++
			if !ok(s.peekAt(0)) {
				s.failHere("invalid %s literal", kind)
				return false
			}
			continue
		}
		if !ok(c) {
			break
		}
		s.off++
	}
	return true
}

func isHex(c byte) bool   { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }
func isOctal(c byte) bool { return c >= '0' && c <= '7' }
func isBin(c byte) bool   { return c == '0' || c == '1' }

// number scans a numeric literal, with CPython's error messages.
func (s *scanner) number(start pos) bool {
	c := s.src[s.off]
	if c == '0' {
		switch s.peekAt(1) | 0x20 {
		case 'x':
			return s.radix(start, isHex, "hexadecimal")
		case 'o':
			return s.radix(start, isOctal, "octal")
		case 'b':
			return s.radix(start, isBin, "binary")
		}
	}
	isFloat := false
	if c != '.' {
		if !s.digits(isDigit, "decimal") {
			return false
		}
	}
	if s.peekAt(0) == '.' {
		isFloat = true
		s.off++
		if isDigit(s.peekAt(0)) && !s.digits(isDigit, "decimal") {
			return false
		}
	}
	if s.peekAt(0)|0x20 == 'e' {
		save := s.off
		s.off++
		if d := s.peekAt(0); d == '+' || d == '-' {
			s.off++
		}
		if isDigit(s.peekAt(0)) {
			isFloat = true
			if !s.digits(isDigit, "decimal") {
				return false
			}
		} else {
			s.off = save
		}
	}
	if s.peekAt(0)|0x20 == 'j' {
		s.off++
		s.fail(start.Line, start.Col+1, s.pos().Col+1, "SyntaxError", "imaginary (complex) literals are not supported by the exitplay playground")
		return false
	}
	if !isFloat && c == '0' {
		for i, d := range s.src[start.Off:s.off] {
			if d != '0' && d != '_' {
				// CPython marks from the literal's start through the
				// first nonzero digit.
				s.fail(start.Line, start.Col+1, start.Col+i+1, "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
				return false
			}
		}
	}
	return s.endOfNumber(start, "decimal")
}

// radix scans a 0x, 0o or 0b literal.
func (s *scanner) radix(start pos, ok func(byte) bool, kind string) bool {
	s.off += 2
	if s.peekAt(0) == '_' {
		s.off++
	}
	if !ok(s.peekAt(0)) {
		if d := s.peekAt(0); isDigit(d) {
			s.off++
			s.failHere("invalid digit '%c' in %s literal", d, kind)
			return false
		}
		s.failHere("invalid %s literal", kind)
		return false
	}
	if !s.digits(ok, kind) {
		return false
	}
	if d := s.peekAt(0); isDigit(d) {
		s.off++
		s.failHere("invalid digit '%c' in %s literal", d, kind)
		return false
	}
	return s.endOfNumber(start, kind)
}

// endOfNumber checks what follows a number: a letter right after it is an
// error unless it starts one of the keywords that may follow a number.
func (s *scanner) endOfNumber(start pos, kind string) bool {
	if isIdentStart(s.peekAt(0)) {
		rest := s.src[s.off:]
		ok := false
		for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
			if len(rest) >= len(kw) && string(rest[:len(kw)]) == kw {
				ok = true
				break
			}
		}
		if !ok {
			s.failHere("invalid %s literal", kind)
			return false
		}
	}
	s.emit(tNumber, start)
	return true
}

// maxBrackets is CPython's limit on open brackets.
const maxBrackets = 200

var closerOf = [...]byte{'(': ')', '[': ']', '{': '}'}

// operator scans an operator or delimiter.
func (s *scanner) operator(c byte, start pos) bool {
	c1, c2 := s.peekAt(1), s.peekAt(2)
	k, n := tUnknown, 1
	switch c {
	case '(':
		k = tLParen
	case ')':
		k = tRParen
	case '[':
		k = tLBrack
	case ']':
		k = tRBrack
	case '{':
		k = tLBrace
	case '}':
		k = tRBrace
	case ',':
		k = tComma
	case ';':
		k = tSemi
	case '~':
		k = tTilde
	case ':':
		k, n = pick(c1 == '=', tColonEqual, tColon)
	case '+':
		k, n = pick(c1 == '=', tPlusEqual, tPlus)
	case '-':
		k, n = pick(c1 == '=', tMinEqual, tMinus)
		if c1 == '>' {
			k, n = tRArrow, 2
		}
	case '%':
		k, n = pick(c1 == '=', tPercentEqual, tPercent)
	case '&':
		k, n = pick(c1 == '=', tAmperEqual, tAmper)
	case '|':
		k, n = pick(c1 == '=', tVBarEqual, tVBar)
	case '^':
		k, n = pick(c1 == '=', tCircumflexEqual, tCircumflex)
	case '@':
		k, n = pick(c1 == '=', tAtEqual, tAt)
	case '=':
		k, n = pick(c1 == '=', tEqEqual, tEqual)
	case '!':
		k, n = pick(c1 == '=', tNotEqual, tExclamation)
	case '.':
		k = tDot
		if c1 == '.' && c2 == '.' {
			k, n = tEllipsis, 3
		}
	case '*':
		k = tStar
		if c1 == '*' {
			k, n = pick(c2 == '=', tDoubleStarEqual, tDoubleStar)
			n++
		} else if c1 == '=' {
			k, n = tStarEqual, 2
		}
	case '/':
		k = tSlash
		if c1 == '/' {
			k, n = pick(c2 == '=', tDoubleSlashEqual, tDoubleSlash)
			n++
		} else if c1 == '=' {
			k, n = tSlashEqual, 2
		}
	case '<':
		k = tLess
		switch c1 {
		case '<':
			k, n = pick(c2 == '=', tLShiftEqual, tLShift)
			n++
		case '=':
			k, n = tLessEqual, 2
		case '>':
			k, n = tNotEqual, 2
		}
	case '>':
		k = tGreater
		switch c1 {
		case '>':
			k, n = pick(c2 == '=', tRShiftEqual, tRShift)
			n++
		case '=':
			k, n = tGreaterEqual, 2
		}
	}
	s.off += n
	switch k {
	case tLParen, tLBrack, tLBrace:
		if len(s.brackets) >= maxBrackets {
			s.failHere("too many nested parentheses")
			return false
		}
		s.emit(k, start)
		s.brackets = append(s.brackets, s.toks[len(s.toks)-1])
	case tRParen, tRBrack, tRBrace:
		if len(s.brackets) == 0 {
			s.failHere("unmatched '%c'", c)
			return false
		}
		open := s.brackets[len(s.brackets)-1]
		o := s.src[open.start.Off]
		if closerOf[o] != c {
			if open.start.Line != start.Line {
				s.failHere("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, o, open.start.Line)
			} else {
				s.failHere("closing parenthesis '%c' does not match opening parenthesis '%c'", c, o)
			}
			return false
		}
		s.brackets = s.brackets[:len(s.brackets)-1]
		s.emit(k, start)
	default:
		s.emit(k, start)
	}
	return true
}

// pick returns (a, 2) if cond, else (b, 1): the two-character form of an
// operator or its one-character form.
func pick(cond bool, a, b tokenKind) (tokenKind, int) {
	if cond {
		return a, 2
	}
	return b, 1
}

// lineText returns source line n (1-based) without its line ending.
func lineText(src []byte, n int) string {
	start := 0
	for line := 1; line < n; line++ {
		i := indexNewline(src[start:])
		if i < 0 {
			return ""
		}
		start += i + 1
		if src[start-1] == '\r' && start < len(src) && src[start] == '\n' {
			start++
		}
	}
	end := start + indexNewline(src[start:])
	if end < start {
		end = len(src)
	}
	return string(src[start:end])
}

func indexNewline(b []byte) int {
	for i, c := range b {
		if c == '\n' || c == '\r' {
			return i
		}
	}
	return -1
}
