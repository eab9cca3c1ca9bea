package syntax

// fstringContext describes the f-string field expression a parser is
// working on, so that its errors read as CPython 3.11 reports them: with an
// "f-string: " prefix, and located in the text "(expr)".
type fstringContext struct {
	start pos    // position of the expression's first character
	text  string // the expression's source text
}

func (c *fstringContext) shape(e *Error) {
	e.Msg = "f-string: " + e.Msg
	e.Text = "(" + c.text + ")"
	if e.Line == c.start.Line {
		e.Col -= c.start.Col - 1
		if e.EndCol > 0 {
			e.EndCol -= c.start.Col - 1
		}
	}
}

// fstringBody parses f-string text from src[i:] up to the end of the
// literal (level 0) or the '}' closing a format spec (level > 0), appending
// literal text to lit and fields to parts. It returns the index where it
// stopped.
func (p *parser) fstringBody(st stringToken, i int, lit []byte, parts []Expr, level int) ([]byte, []Expr, int) {
	src := p.src
	for i < st.end {
		switch src[i] {
		case '{':
			if i+1 < st.end && src[i+1] == '{' {
				lit = append(lit, '{')
				i += 2
				continue
			}
			var fv *FormattedValue
			var selfDoc string
			fv, selfDoc, i = p.fstringField(st, i+1, level)
			lit = append(lit, selfDoc...)
			if len(lit) > 0 {
				parts = append(parts, &Constant{Value: string(lit)})
				lit = lit[:0]
			}
			parts = append(parts, fv)
		case '}':
			if level > 0 {
				return lit, parts, i
			}
			if i+1 < st.end && src[i+1] == '}' {
				lit = append(lit, '}')
				i += 2
				continue
			}
			p.errorAtToken(p.tok(), "f-string: single '}' is not allowed")
		default:
			j := i
			for j < st.end && src[j] != '{' && src[j] != '}' {
				j++
			}
			lit = p.decode(st, i, j, lit)
			i = j
		}
	}
	return lit, parts, i
}

// fstringField parses a replacement field starting just after its '{'.
// It returns the field, the text of a self-documenting "expr=" (or ""),
// and the index after the closing '}'.
func (p *parser) fstringField(st stringToken, i int, level int) (*FormattedValue, string, int) {
	if level >= 2 {
		p.errorAtToken(p.tok(), "f-string: expressions nested too deeply")
	}
	src := p.src
	exprStart := i
	i = p.fstringExprEnd(st, i)
	blank := true
	for _, c := range src[exprStart:i] {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			blank = false
			break
		}
	}
	if blank {
		p.errorAtToken(p.tok(), "f-string: empty expression not allowed")
	}
	fv := &FormattedValue{Value: p.fstringExpr(st, exprStart, i), Conversion: ConvNone}
	selfDoc := ""
	if src[i] == '=' {
		i++
		for i < st.end && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r' || src[i] == '\f') {
			i++
		}
		selfDoc = string(src[exprStart:i])
	}
	if i < st.end && src[i] == '!' {
		i++
		if i >= st.end {
			p.errorAtToken(p.tok(), "f-string: expecting '}'")
		}
		switch c := src[i]; c {
		case 's', 'r', 'a':
			fv.Conversion = int(c)
			i++
		default:
			p.errorAtToken(p.tok(), "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if i < st.end && src[i] == ':' {
		var lit []byte
		var parts []Expr
		lit, parts, i = p.fstringBody(st, i+1, nil, nil, level+1)
		if len(lit) > 0 {
			parts = append(parts, &Constant{Value: string(lit)})
		}
		// CPython 3.11 gives a format spec the span of the string token
		// that holds it; strings() may widen the spans of its parts.
		span := tokSpan(st.tok)
		setSpans(span, parts)
		fv.FormatSpec = &JoinedStr{Base{span}, parts}
	}
	if i >= st.end || src[i] != '}' {
		p.errorAtToken(p.tok(), "f-string: expecting '}'")
	}
	if selfDoc != "" && fv.Conversion == ConvNone && fv.FormatSpec == nil {
		fv.Conversion = ConvRepr
	}
	return fv, selfDoc, i + 1
}

// fstringExprEnd finds the end of a field's expression: the first '=',
// '!', ':' or '}' outside brackets and strings (but not part of ==, !=,
// <= or >=).
func (p *parser) fstringExprEnd(st stringToken, i int) int {
	src := p.src
	var stack []byte
	var quote byte
	triple := false
	for ; i < st.end; i++ {
		c := src[i]
		if c == '\\' {
			p.errorAtToken(p.tok(), "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote && (!triple || i+2 < st.end && src[i+1] == quote && src[i+2] == quote) {
				if triple {
					i += 2
				}
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
			triple = i+2 < st.end && src[i+1] == c && src[i+2] == c
			if triple {
				i += 2
			}
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 {
				if c == '}' {
					return i
				}
				p.errorAtToken(p.tok(), "f-string: unmatched '%c'", c)
			}
			open := stack[len(stack)-1]
			if closerOf[open] != c {
				p.errorAtToken(p.tok(), "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open)
			}
			stack = stack[:len(stack)-1]
		case '#':
			p.errorAtToken(p.tok(), "f-string expression part cannot include '#'")
		case '=', '!', '<', '>':
			next := byte(0)
			if i+1 < st.end {
				next = src[i+1]
			}
			if next == '=' {
				i++
				continue
			}
			if len(stack) == 0 && (c == '=' || c == '!') {
				return i
			}
		case ':':
			if len(stack) == 0 {
				return i
			}
		}
	}
	if quote != 0 {
		p.errorAtToken(p.tok(), "f-string: unterminated string")
	}
	if len(stack) > 0 {
		p.errorAtToken(p.tok(), "f-string: unmatched '%c'", stack[len(stack)-1])
	}
	p.errorAtToken(p.tok(), "f-string: expecting '}'")
	return i
}

// fstringExpr parses the expression src[from:to] of a field, with real
// source positions.
func (p *parser) fstringExpr(st stringToken, from, to int) Expr {
	sc := newScanner(p.filename, p.src[:to], from)
	sc.implicit = true
	// Find the line and line start of the expression: the token may span
	// lines (triple-quoted) and its line may hold non-ASCII text.
	sc.line, sc.lineOff = st.tok.start.Line, st.tok.start.Off
	for sc.lineOff > 0 && p.src[sc.lineOff-1] != '\n' && p.src[sc.lineOff-1] != '\r' {
		sc.lineOff--
	}
	for j := st.tok.start.Off; j < from; j++ {
		if c := p.src[j]; c == '\n' || c == '\r' && p.src[j+1] != '\n' {
			sc.line++
			sc.lineOff = j + 1
		}
	}
	start := sc.pos()
	sc.scan()
	ctx := &fstringContext{start: start, text: string(p.src[from:to])}
	if sc.err != nil {
		// Lexical errors are located in "(expr)" too, but keep their
		// message as it is.
		msg := sc.err.Msg
		ctx.shape(sc.err)
		sc.err.Msg = msg
	}
	sub := &parser{sc: sc, src: p.src, filename: p.filename, toks: sc.toks, nest: 1, depth: p.depth, fstring: ctx}
	var e Expr
	bare := false
	if sub.at(tYield) {
		e = sub.yieldExpr()
	} else {
		e, bare = sub.starExpressionList()
	}
	if !sub.at(tEOF) {
		sub.invalidSyntax()
	}
	if bare {
		// CPython 3.11 parses the field as "(expr)", so a bare tuple
		// takes the characters around the expression as its parentheses.
		end := sub.tok().start
		e.(*Tuple).Loc = Span{start.Line, start.Col - 1, end.Line, end.Col + 1}
	}
	return e
}
