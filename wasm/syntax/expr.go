package syntax

// starExpressions parses star_expressions: one or more (possibly starred)
// expressions separated by commas; several make an unparenthesized Tuple.
func (p *parser) starExpressions() Expr {
	e, _ := p.starExpressionList()
	return e
}

// starExpressionList is starExpressions, also reporting whether the result
// is a tuple without parentheses.
func (p *parser) starExpressionList() (Expr, bool) {
	start := p.tok().start
	first := p.starExpression()
	if !p.at(tComma) {
		return first, false
	}
	elts := []Expr{first}
	for p.accept(tComma) {
		if !p.startsOperand() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Base{p.spanFrom(start)}, elts, Load}, true
}

// startsOperand reports whether the current token can start an expression.
func (p *parser) startsOperand() bool {
	switch p.kind() {
	case tName, tNumber, tString, tLParen, tLBrack, tLBrace, tMinus, tPlus, tTilde, tStar,
		tNot, tLambda, tNone, tTrue, tFalse, tEllipsis, tAwait:
		return true
	}
	return false
}

func (p *parser) starExpression() Expr {
	if p.at(tStar) {
		return p.starred()
	}
	return p.expression()
}

func (p *parser) starred() Expr {
	start := p.tok().start
	p.next()
	v := p.bitwiseOr()
	return &Starred{Base{p.spanFrom(start)}, v, Load}
}

// starNamedExpression parses an element of a list, tuple or set display.
func (p *parser) starNamedExpression() Expr {
	if p.at(tStar) {
		return p.starred()
	}
	return p.namedExpression()
}

// bitwiseOrOrStar parses a target: '*' bitwise_or or bitwise_or.
func (p *parser) bitwiseOrOrStar() Expr {
	if p.at(tStar) {
		return p.starred()
	}
	return p.bitwiseOr()
}

// namedExpression parses NAME ':=' expression or an expression.
func (p *parser) namedExpression() Expr {
	if p.at(tName) && p.peek(1) == tColonEqual {
		t := p.tok()
		target := &Name{Base{tokSpan(t)}, p.text(t), Store}
		p.next()
		p.next()
		v := p.expression()
		return &NamedExpr{Base{p.spanFrom(t.start)}, target, v}
	}
	e := p.expression()
	if p.at(tColonEqual) {
		p.errorAt(e.Span(), "cannot use assignment expressions with %s", exprName(e))
	}
	return e
}

// condition parses the test of an if, elif or while statement, with
// CPython's hint when '=' is used for '=='.
func (p *parser) condition() Expr {
	e := p.namedExpression()
	if p.at(tEqual) {
		if _, ok := e.(*Name); ok {
			p.next()
			if v, ok := p.try(p.bitwiseOr); ok {
				s, end := e.Span(), v.Span()
				p.errorAt(Span{s.Line, s.Col, end.EndLine, end.EndCol}, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
		}
		p.checkSingleTarget(e)
	}
	return e
}

// expression parses a conditional expression, a lambda, or a disjunction.
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.at(tLambda) {
		return p.lambda()
	}
	startTok := p.i
	start := p.tok().start
	body := p.disjunction()
	if !p.at(tIf) {
		if p.nest > 0 && !p.noHints && p.startsExpression() {
			p.forgotComma(startTok, body)
		}
		return body
	}
	p.next()
	test := p.disjunction()
	if !p.accept(tElse) {
		p.errorAt(p.spanFrom(start), "expected 'else' after 'if' expression")
	}
	orelse := p.expression()
	return &IfExp{Base{p.spanFrom(start)}, test, body, orelse}
}

// forgotComma reports two adjacent expressions inside brackets with
// CPython's "Perhaps you forgot a comma?" hint; the first one starts at
// token index startTok.
func (p *parser) forgotComma(startTok int, first Expr) {
	t := &p.toks[startTok]
	if t.kind == tName {
		if p.toks[startTok+1].kind == tString {
			return // a string prefix typo such as print(f 'x') is not hinted
		}
		switch p.text(t) {
		case "match", "case", "_": // soft keywords
			return
		}
	}
	if n, ok := first.(*Name); ok && (n.Id == "print" || n.Id == "exec") {
		return
	}
	p.noHints = true
	second, ok := p.try(p.expression)
	p.noHints = false
	var end pos
	switch {
	case ok:
		s := second.Span()
		end = pos{Line: s.EndLine, Col: s.EndCol}
	case p.at(tName) || p.at(tNumber) || p.at(tString) || p.at(tNone) || p.at(tTrue) || p.at(tFalse):
		// CPython's PEG parser falls back to the bare atom when what
		// follows it does not parse.
		end = p.tok().end
	default:
		return
	}
	p.errorAt(Span{t.start.Line, t.start.Col, end.Line, end.Col}, "invalid syntax. Perhaps you forgot a comma?")
}

func (p *parser) lambda() Expr {
	start := p.tok().start
	p.next()
	args := p.parameters(tColon, false)
	p.expect(tColon)
	body := p.expression()
	return &Lambda{Base{p.spanFrom(start)}, args, body}
}

func (p *parser) disjunction() Expr {
	start := p.tok().start
	first := p.conjunction()
	if !p.at(tOr) {
		return first
	}
	values := []Expr{first}
	for p.accept(tOr) {
		values = append(values, p.conjunction())
	}
	return &BoolOp{Base{p.spanFrom(start)}, Or, values}
}

func (p *parser) conjunction() Expr {
	start := p.tok().start
	first := p.inversion()
	if !p.at(tAnd) {
		return first
	}
	values := []Expr{first}
	for p.accept(tAnd) {
		values = append(values, p.inversion())
	}
	return &BoolOp{Base{p.spanFrom(start)}, And, values}
}

func (p *parser) inversion() Expr {
	if p.at(tNot) {
		p.enter()
		defer p.leave()
		start := p.tok().start
		p.next()
		operand := p.inversion()
		return &UnaryOp{Base{p.spanFrom(start)}, Not, operand}
	}
	return p.comparison()
}

func (p *parser) comparison() Expr {
	start := p.tok().start
	left := p.bitwiseOr()
	var ops []CmpOperator
	var comparators []Expr
	for {
		var op CmpOperator
		switch p.kind() {
		case tEqEqual:
			op = Eq
		case tNotEqual:
			op = NotEq
			if p.text(p.tok()) == "<>" {
				p.invalidSyntax()
			}
		case tLess:
			op = Lt
		case tLessEqual:
			op = LtE
		case tGreater:
			op = Gt
		case tGreaterEqual:
			op = GtE
		case tIn:
			op = In
		case tIs:
			op = Is
			if p.peek(1) == tNot {
				p.next()
				op = IsNot
			}
		case tNot:
			if p.peek(1) != tIn {
				return p.comparisonResult(start, left, ops, comparators)
			}
			p.next()
			op = NotIn
		default:
			return p.comparisonResult(start, left, ops, comparators)
		}
		p.next()
		ops = append(ops, op)
		comparators = append(comparators, p.bitwiseOr())
	}
}

func (p *parser) comparisonResult(start pos, left Expr, ops []CmpOperator, comparators []Expr) Expr {
	if ops == nil {
		return left
	}
	return &Compare{Base{p.spanFrom(start)}, left, ops, comparators}
}

// binaryLevels lists the binary operators by increasing precedence.
var binaryLevels = [...][]struct {
	tok tokenKind
	op  Operator
}{
	{{tVBar, BitOr}},
	{{tCircumflex, BitXor}},
	{{tAmper, BitAnd}},
	{{tLShift, LShift}, {tRShift, RShift}},
	{{tPlus, Add}, {tMinus, Sub}},
	{{tStar, Mult}, {tSlash, Div}, {tDoubleSlash, FloorDiv}, {tPercent, Mod}, {tAt, MatMult}},
}

func (p *parser) bitwiseOr() Expr { return p.binary(0) }

// binary parses the left-associative binary operators of binaryLevels
// from level up.
func (p *parser) binary(level int) Expr {
	if level == len(binaryLevels) {
		return p.factor()
	}
	start := p.tok().start
	left := p.binary(level + 1)
	for {
		k := p.kind()
		found := false
		var op Operator
		for _, c := range binaryLevels[level] {
			if c.tok == k {
				op, found = c.op, true
				break
			}
		}
		if !found {
			return left
		}
		opTok := p.tok()
		p.next()
		right := p.binary(level + 1)
		left = &BinOp{Base{p.spanFrom(start)}, left, op, right, tokSpan(opTok)}
	}
}

// factor parses unary + - ~ and the power operator.
func (p *parser) factor() Expr {
	var op UnaryOperator
	switch p.kind() {
	case tPlus:
		op = UAdd
	case tMinus:
		op = USub
	case tTilde:
		op = Invert
	default:
		return p.power()
	}
	p.enter()
	defer p.leave()
	start := p.tok().start
	p.next()
	operand := p.factor()
	return &UnaryOp{Base{p.spanFrom(start)}, op, operand}
}

func (p *parser) power() Expr {
	start := p.tok().start
	left := p.primary()
	if !p.at(tDoubleStar) {
		return left
	}
	opTok := p.tok()
	p.next()
	right := p.factor()
	return &BinOp{Base{p.spanFrom(start)}, left, Pow, right, tokSpan(opTok)}
}

// primary parses an atom followed by attribute references, calls and
// subscripts.
func (p *parser) primary() Expr {
	if p.at(tAwait) {
		p.unsupported(p.tok(), "'await' expressions")
	}
	start := p.tok().start
	e := p.atom()
	for {
		switch p.kind() {
		case tDot:
			p.next()
			attr := p.name()
			e = &Attribute{Base{p.spanFrom(start)}, e, attr, Load}
		case tLParen:
			p.next()
			args, kws := p.callArguments()
			p.expect(tRParen)
			e = &Call{Base{p.spanFrom(start)}, e, args, kws}
		case tLBrack:
			p.next()
			s := p.slices()
			p.expect(tRBrack)
			e = &Subscript{Base{p.spanFrom(start)}, e, s, Load}
		default:
			return e
		}
	}
}

// callArguments parses the arguments of a call or class definition, up to
// (not including) the closing parenthesis.
func (p *parser) callArguments() (args []Expr, kws []*Keyword) {
	open := p.prevEnd // just after '('
	sawKeyword, sawDoubleStar := false, false
	var genexp *GeneratorExp
	for !p.at(tRParen) {
		t := p.tok()
		switch {
		case t.kind == tStar:
			if sawDoubleStar {
				p.errorAtToken(t, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, p.starred())
		case t.kind == tDoubleStar:
			p.next()
			v := p.expression()
			kws = append(kws, &Keyword{Base{p.spanFrom(t.start)}, "", v})
			sawDoubleStar = true
		case t.kind == tName && p.peek(1) == tEqual:
			name := p.text(t)
			p.next()
			p.next()
			v := p.expression()
			k := &Keyword{Base{p.spanFrom(t.start)}, name, v}
			for _, old := range kws {
				if old.Arg == name {
					p.errorAt(k.Loc, "keyword argument repeated: %s", name)
				}
			}
			kws = append(kws, k)
			sawKeyword = true
		default:
			e := p.namedExpression()
			if p.at(tFor) {
				g := &GeneratorExp{Elt: e, Generators: p.comprehensions()}
				g.Loc = p.spanFrom(t.start)
				e, genexp = g, g
			} else if p.at(tEqual) {
				s, eq := e.Span(), p.tok()
				p.errorAt(Span{s.Line, s.Col, eq.end.Line, eq.end.Col}, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if sawKeyword || sawDoubleStar {
				p.positionalAfterKeyword(sawDoubleStar)
			}
			args = append(args, e)
		}
		if !p.accept(tComma) {
			break
		}
	}
	if genexp != nil {
		if len(args)+len(kws) > 1 || p.toks[p.i-1].kind == tComma {
			p.errorAt(genexp.Loc, "Generator expression must be parenthesized")
		}
		// A lone generator argument takes the call's parentheses.
		genexp.Loc = Span{open.Line, open.Col - 1, p.tok().end.Line, p.tok().end.Col}
	}
	return args, kws
}

func (p *parser) positionalAfterKeyword(unpacking bool) {
	// CPython reports this at the token after the arguments that parse.
	for p.at(tComma) && p.peek(1) != tRParen {
		p.next()
		if _, ok := p.try(p.namedExpression); !ok {
			break
		}
	}
	if unpacking {
		p.errorAtToken(p.tok(), "positional argument follows keyword argument unpacking")
	}
	p.errorAtToken(p.tok(), "positional argument follows keyword argument")
}

// slices parses the inside of a subscript.
func (p *parser) slices() Expr {
	start := p.tok().start
	first := p.slice()
	if !p.at(tComma) {
		return first
	}
	elts := []Expr{first}
	for p.accept(tComma) {
		if p.at(tRBrack) {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Base{p.spanFrom(start)}, elts, Load}
}

func (p *parser) slice() Expr {
	start := p.tok().start
	if p.at(tStar) {
		return p.starred()
	}
	var lower Expr
	if !p.at(tColon) {
		lower = p.namedExpression()
		if !p.at(tColon) {
			return lower
		}
	}
	s := &Slice{Lower: lower}
	p.next()
	if !p.at(tColon) && !p.at(tComma) && !p.at(tRBrack) {
		s.Upper = p.expression()
	}
	if p.accept(tColon) && !p.at(tComma) && !p.at(tRBrack) {
		s.Step = p.expression()
	}
	s.Loc = p.spanFrom(start)
	return s
}

// atom parses names, literals and displays.
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.kind {
	case tName:
		p.next()
		return &Name{Base{tokSpan(t)}, p.text(t), Load}
	case tNumber:
		p.next()
		return &Constant{Base{tokSpan(t)}, p.number(t)}
	case tString:
		return p.strings()
	case tNone:
		p.next()
		return &Constant{Base{tokSpan(t)}, NoneType{}}
	case tTrue, tFalse:
		p.next()
		return &Constant{Base{tokSpan(t)}, t.kind == tTrue}
	case tEllipsis:
		p.next()
		return &Constant{Base{tokSpan(t)}, EllipsisType{}}
	case tLParen:
		return p.parenthesized()
	case tLBrack:
		return p.listDisplay()
	case tLBrace:
		return p.braceDisplay()
	}
	p.invalidSyntax()
	return nil
}

func (p *parser) parenthesized() Expr {
	p.enter()
	defer p.leave()
	start := p.tok().start
	p.next()
	if p.accept(tRParen) {
		return &Tuple{Base{p.spanFrom(start)}, nil, Load}
	}
	if p.at(tYield) {
		e := p.yieldExpr()
		p.expect(tRParen)
		return e
	}
	first := p.starNamedExpression()
	if p.at(tFor) {
		g := &GeneratorExp{Elt: first, Generators: p.comprehensions()}
		p.expect(tRParen)
		g.Loc = p.spanFrom(start)
		return g
	}
	if p.accept(tRParen) {
		if _, ok := first.(*Starred); ok {
			p.errorAt(first.Span(), "cannot use starred expression here")
		}
		return first
	}
	elts := []Expr{first}
	for p.accept(tComma) && !p.at(tRParen) {
		elts = append(elts, p.starNamedExpression())
	}
	p.expect(tRParen)
	return &Tuple{Base{p.spanFrom(start)}, elts, Load}
}

func (p *parser) listDisplay() Expr {
	p.enter()
	defer p.leave()
	start := p.tok().start
	p.next()
	if p.accept(tRBrack) {
		return &List{Base{p.spanFrom(start)}, nil, Load}
	}
	first := p.starNamedExpression()
	if p.at(tFor) {
		c := &ListComp{Elt: first, Generators: p.comprehensions()}
		p.expect(tRBrack)
		c.Loc = p.spanFrom(start)
		return c
	}
	elts := []Expr{first}
	for p.accept(tComma) && !p.at(tRBrack) && !p.at(tFor) {
		elts = append(elts, p.starNamedExpression())
	}
	p.comprehensionTarget(elts)
	p.expect(tRBrack)
	return &List{Base{p.spanFrom(start)}, elts, Load}
}

func (p *parser) braceDisplay() Expr {
	p.enter()
	defer p.leave()
	start := p.tok().start
	p.next()
	if p.accept(tRBrace) {
		return &Dict{Base: Base{p.spanFrom(start)}}
	}
	if p.at(tDoubleStar) {
		return p.dictRest(start, nil, nil)
	}
	first := p.starNamedExpression()
	if p.at(tColon) {
		value := p.dictValue()
		if p.at(tFor) {
			c := &DictComp{Key: first, Value: value, Generators: p.comprehensions()}
			p.expect(tRBrace)
			c.Loc = p.spanFrom(start)
			return c
		}
		return p.dictRest(start, first, value)
	}
	if p.at(tFor) {
		c := &SetComp{Elt: first, Generators: p.comprehensions()}
		p.expect(tRBrace)
		c.Loc = p.spanFrom(start)
		return c
	}
	elts := []Expr{first}
	for p.accept(tComma) && !p.at(tRBrace) && !p.at(tFor) {
		elts = append(elts, p.starNamedExpression())
	}
	p.comprehensionTarget(elts)
	p.expect(tRBrace)
	return &Set{Base{p.spanFrom(start)}, elts}
}

// comprehensionTarget reports "[a, b for ...]" and "[a, for ...]" with
// CPython's hint.
func (p *parser) comprehensionTarget(elts []Expr) {
	if !p.at(tFor) {
		return
	}
	first := elts[0].Span()
	end := p.toks[p.i-1].end // the comma
	if len(elts) > 1 {
		last := elts[len(elts)-1].Span()
		end = pos{Line: last.EndLine, Col: last.EndCol}
	}
	p.errorAt(Span{first.Line, first.Col, end.Line, end.Col}, "did you forget parentheses around the comprehension target?")
}

// dictRest parses the remaining items of a dict display whose first item
// (if key is non-nil) has been parsed.
func (p *parser) dictRest(start pos, key, value Expr) Expr {
	d := &Dict{}
	if key != nil {
		d.Keys, d.Values = append(d.Keys, key), append(d.Values, value)
		if !p.accept(tComma) {
			p.expect(tRBrace)
			d.Loc = p.spanFrom(start)
			return d
		}
	}
	for !p.at(tRBrace) {
		if p.accept(tDoubleStar) {
			d.Keys, d.Values = append(d.Keys, nil), append(d.Values, p.bitwiseOr())
		} else {
			k := p.expression()
			if !p.at(tColon) {
				p.invalidSyntax()
			}
			d.Keys, d.Values = append(d.Keys, k), append(d.Values, p.dictValue())
		}
		if !p.accept(tComma) {
			break
		}
	}
	p.expect(tRBrace)
	d.Loc = p.spanFrom(start)
	return d
}

// dictValue parses ': value' in a dict display.
func (p *parser) dictValue() Expr {
	colon := p.tok()
	p.next()
	if p.at(tRBrace) || p.at(tComma) {
		p.errorAtToken(colon, "expression expected after dictionary key and ':'")
	}
	return p.expression()
}

// comprehensions parses one or more "for ... in ... if ..." clauses.
func (p *parser) comprehensions() []*Comprehension {
	var gens []*Comprehension
	for p.at(tFor) || p.at(tAsync) {
		if p.at(tAsync) {
			p.unsupported(p.tok(), "'async' functions and statements")
		}
		start := p.tok().start
		p.next()
		targetTok := p.i
		c := &Comprehension{Target: p.targetList()}
		if !p.at(tIn) && p.startsExpression() {
			p.forgotComma(targetTok, c.Target)
		}
		p.setContext(c.Target, Store, "assign to")
		p.expect(tIn)
		c.Iter = p.disjunction()
		for p.accept(tIf) {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		c.Loc = p.spanFrom(start)
		gens = append(gens, c)
	}
	return gens
}

// yieldExpr parses yield [from] ... .
func (p *parser) yieldExpr() Expr {
	start := p.tok().start
	p.next()
	if p.accept(tFrom) {
		v := p.expression()
		return &YieldFrom{Base{p.spanFrom(start)}, v}
	}
	var v Expr
	if p.startsOperand() {
		v = p.starExpressions()
	}
	return &Yield{Base{p.spanFrom(start)}, v}
}
