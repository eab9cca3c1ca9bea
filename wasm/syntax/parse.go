package syntax

import "github.com/exitplay/exitplay/wasm/internal/printf"

// Parse parses a Python source file into a module. On failure the error is
// a *Error describing a SyntaxError, IndentationError or TabError, with
// CPython 3.11's message and position for the common mistakes.
//
// Some errors CPython raises after parsing are left to the compile
// package: 'return', 'yield' or 'await' outside a function, 'break' and
// 'continue' outside a loop, misplaced global/nonlocal declarations.
func Parse(filename string, src []byte) (mod *Module, err error) {
	p := newParser(filename, src)
	defer p.recover(&err)
	mod = p.module()
	return mod, nil
}

// ParseExpr parses a single expression (as eval() does), allowing
// surrounding whitespace and newlines.
func ParseExpr(filename string, src []byte) (e Expr, err error) {
	p := newParser(filename, src)
	defer p.recover(&err)
	for p.at(tNewline) || p.at(tIndent) {
		p.next()
	}
	e = p.starExpressions()
	for p.at(tNewline) || p.at(tDedent) {
		p.next()
	}
	if !p.at(tEOF) {
		p.invalidSyntax()
	}
	return e, nil
}

// maxDepth bounds the parser's recursion so that hostile input fails with
// an error rather than exhausting the stack.
const maxDepth = 1000

// parser is a recursive-descent parser over the scanner's token list. It
// reports errors by panicking with a *Error, recovered in Parse.
type parser struct {
	sc       *scanner
	src      []byte
	filename string
	toks     []token
	i        int  // index of the current token
	far      int  // index of the furthest token looked at, hints included
	prevEnd  pos  // end of the last consumed token
	depth    int  // recursion depth
	nest     int  // bracket nesting at the current token
	noHints  bool // parsing an expression_without_invalid: no error hints

	// farSyntax is the furthest token looked at outside hint checks:
	// where CPython reports a generic "invalid syntax".
	farSyntax int

	// fstring is set while parsing the expression of an f-string field:
	// errors are then shaped as CPython's "f-string: ..." errors.
	fstring *fstringContext
}

func newParser(filename string, src []byte) *parser {
	sc := newScanner(filename, src, 0)
	sc.scan()
	return &parser{sc: sc, src: src, filename: filename, toks: sc.toks}
}

// recover turns a parser panic into the returned error. A *Error is a
// syntax error; anything else is an internal error, still reported as a
// SyntaxError so that callers never crash.
func (p *parser) recover(err *error) {
	r := recover()
	if r == nil {
		return
	}
	if e, ok := r.(*Error); ok {
		*err = e
		return
	}
	t := p.tok()
	*err = &Error{Kind: "SyntaxError", Msg: printf.Sprintf("internal parser error: %v", r), Filename: p.filename,
		Line: t.start.Line, Col: t.start.Col + 1, EndLine: t.start.Line, EndCol: t.start.Col + 1,
		Text: lineText(p.src, t.start.Line)}
}

func (p *parser) tok() *token { return &p.toks[p.i] }

func (p *parser) kind() tokenKind { return p.toks[p.i].kind }

func (p *parser) at(k tokenKind) bool { return p.toks[p.i].kind == k }

func (p *parser) peek(n int) tokenKind {
	j := min(p.i+n, len(p.toks)-1)
	p.look(j)
	return p.toks[j].kind
}

// look records that the parser has looked at token j.
func (p *parser) look(j int) {
	p.far = max(p.far, j)
	p.farSyntax = max(p.farSyntax, j)
}

// next consumes the current token.
func (p *parser) next() {
	t := &p.toks[p.i]
	switch t.kind {
	case tEOF:
		return
	case tError:
		p.fail(p.sc.err)
	case tLParen, tLBrack, tLBrace:
		p.nest++
	case tRParen, tRBrack, tRBrace:
		p.nest--
	case tNewline, tIndent, tDedent:
		p.i++ // layout tokens do not end a node's span
		return
	}
	p.prevEnd = t.end
	p.i++
	p.look(p.i)
}

func (p *parser) accept(k tokenKind) bool {
	if p.at(k) {
		p.next()
		return true
	}
	return false
}

func (p *parser) expect(k tokenKind) {
	if !p.accept(k) {
		p.invalidSyntax()
	}
}

// expectForced consumes k or fails with "expected 'k'" at the current
// token, like CPython's forced tokens (&&':').
func (p *parser) expectForced(k tokenKind, text string) {
	if !p.accept(k) {
		p.errorAtToken(p.tok(), "expected '%s'", text)
	}
}

// expectColon consumes the ':' of a compound statement header. CPython
// says "expected ':'" when the header is followed by the end of the line,
// and "invalid syntax" otherwise.
func (p *parser) expectColon() {
	if p.at(tNewline) {
		p.expectForced(tColon, ":")
	}
	p.expect(tColon)
}

func (p *parser) text(t *token) string { return string(p.src[t.start.Off:t.end.Off]) }

func (p *parser) isName(s string) bool {
	t := p.tok()
	return t.kind == tName && t.end.Off-t.start.Off == len(s) && string(p.src[t.start.Off:t.end.Off]) == s
}

// spanFrom returns the span from start to the end of the last consumed token.
func (p *parser) spanFrom(start pos) Span {
	return Span{start.Line, start.Col, p.prevEnd.Line, p.prevEnd.Col}
}

func tokSpan(t *token) Span { return Span{t.start.Line, t.start.Col, t.end.Line, t.end.Col} }

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.errorAtToken(p.tok(), "expression nested too deeply")
	}
}

func (p *parser) leave() { p.depth-- }

// ---- errors ----

func (p *parser) fail(e *Error) {
	panic(p.finish(e))
}

// finish applies CPython's rule that an error found by the tokenizer
// further on in the file, or a bracket never closed, takes precedence over
// an error found by the parser.
func (p *parser) finish(e *Error) *Error {
	if e == p.sc.err || p.fstring != nil {
		return e
	}
	// The lexical error wins if CPython raises it whatever comes first,
	// or if the parser has looked at the token where scanning stopped.
	if p.sc.err != nil && (p.sc.errFirst || p.far >= len(p.toks)-1) {
		return p.sc.err
	}
	// CPython compares with the line of the furthest token the parser
	// fetched, not that of the error.
	line := max(e.Line, p.toks[p.far].start.Line, p.tok().start.Line)
	if u := p.sc.unclosed; u != nil && (u.start.Line < line || p.at(tEOF)) {
		return p.errorSpan("SyntaxError", u.start.Line, u.start.Col+1, u.start.Line, 0,
			"'%c' was never closed", p.src[u.start.Off])
	}
	return e
}

func (p *parser) errorSpan(kind string, line, col, endLine, endCol int, format string, args ...any) *Error {
	e := &Error{Kind: kind, Msg: printf.Sprintf(format, args...), Filename: p.filename,
		Line: line, Col: col, EndLine: endLine, EndCol: endCol, Text: lineText(p.src, line)}
	if p.fstring != nil {
		p.fstring.shape(e)
	}
	return e
}

// errorAt fails with a SyntaxError covering span s.
func (p *parser) errorAt(s Span, format string, args ...any) {
	p.fail(p.errorSpan("SyntaxError", s.Line, s.Col+1, s.EndLine, s.EndCol+1, format, args...))
}

func (p *parser) errorAtToken(t *token, format string, args ...any) {
	p.fail(p.tokenError("SyntaxError", t, format, args...))
}

// tokenError returns an error of the given kind located at token t (or
// the lexical error, if t is where scanning stopped).
func (p *parser) tokenError(kind string, t *token, format string, args ...any) *Error {
	switch t.kind {
	case tError:
		return p.sc.err
	case tEOF, tDedent:
		// CPython gives these tokens no column.
		line := t.start.Line
		if t.start.Off >= len(p.src) {
			line = p.lastLine()
		}
		return p.errorSpan(kind, line, 0, line, -1, format, args...)
	}
	return p.errorSpan(kind, t.start.Line, t.start.Col+1, t.end.Line, t.end.Col+1, format, args...)
}

// invalidSyntax fails with CPython's generic message at the furthest token
// the parser has looked at.
func (p *parser) invalidSyntax() {
	t := &p.toks[max(p.i, p.farSyntax)]
	switch t.kind {
	case tError:
		p.fail(p.sc.err)
	case tIndent:
		// Raised before CPython looks further, so nothing overrides it.
		panic(p.errorSpan("IndentationError", t.end.Line, t.end.Col, t.end.Line, -1, "unexpected indent"))
	case tDedent:
		panic(p.errorSpan("IndentationError", t.end.Line, t.end.Col, t.end.Line, -1, "unexpected unindent"))
	case tEOF:
		if p.sc.unclosed == nil {
			line := p.lastLine()
			p.fail(p.errorSpan("SyntaxError", line, 0, line, -1, msgEOF))
		}
	case tAsync:
		p.unsupported(t, "'async' functions and statements")
	case tAwait:
		p.unsupported(t, "'await' expressions")
	}
	p.errorAtToken(t, "invalid syntax")
}

func (p *parser) unsupported(t *token, what string) {
	p.errorAtToken(t, "%s are not supported by the exitplay playground", what)
}

// lastLine is the line CPython reports for an error at the end of the
// file: the last line that has any text.
func (p *parser) lastLine() int {
	t := &p.toks[len(p.toks)-1]
	line := t.start.Line
	if t.start.Col == 0 && line > 1 {
		line--
	}
	return line
}
