package syntax

// module parses a whole file.
func (p *parser) module() *Module {
	m := &Module{}
	for !p.at(tEOF) {
		if p.at(tNewline) {
			p.next()
			continue
		}
		m.Body = p.statement(m.Body)
	}
	if len(m.Body) > 0 {
		first, last := m.Body[0].Span(), m.Body[len(m.Body)-1].Span()
		m.Loc = Span{first.Line, first.Col, last.EndLine, last.EndCol}
	}
	return m
}

// statement parses one statement line (or compound statement) and appends
// its statements to list.
func (p *parser) statement(list []Stmt) []Stmt {
	switch p.kind() {
	case tDef, tClass, tIf, tWhile, tFor, tTry, tWith, tAt, tAsync:
		return append(list, p.compound())
	case tIndent, tDedent:
		p.invalidSyntax()
	case tName:
		if p.softKeywordStatement() {
			return append(list, p.compound())
		}
	}
	return p.simpleStatements(list)
}

// softKeywordStatement reports whether the line starts with the soft
// keyword 'match' used as a statement (rather than as a name).
func (p *parser) softKeywordStatement() bool {
	if !p.isName("match") {
		return false
	}
	switch p.peek(1) {
	case tName, tNumber, tString, tLParen, tLBrack, tLBrace, tMinus, tStar, tNone, tTrue, tFalse, tTilde, tNot, tLambda:
	default:
		return false
	}
	// A match statement's header ends with ':' and a newline.
	depth := 0
	for j := p.i + 1; j < len(p.toks); j++ {
		switch p.toks[j].kind {
		case tLParen, tLBrack, tLBrace:
			depth++
		case tRParen, tRBrack, tRBrace:
			depth--
		case tNewline, tEOF, tError:
			return false
		case tColon:
			if depth == 0 {
				return p.toks[j+1].kind == tNewline
			}
		}
	}
	return false
}

// simpleStatements parses simple statements separated by ';' up to the
// end of the line.
func (p *parser) simpleStatements(list []Stmt) []Stmt {
	for {
		list = append(list, p.simpleStatement())
		if !p.accept(tSemi) || p.at(tNewline) {
			break
		}
	}
	if !p.accept(tNewline) {
		p.invalidSyntax()
	}
	return list
}

func (p *parser) simpleStatement() Stmt {
	t := p.tok()
	start := t.start
	switch t.kind {
	case tPass:
		p.next()
		return &Pass{Base{p.spanFrom(start)}}
	case tBreak:
		p.next()
		return &Break{Base{p.spanFrom(start)}}
	case tContinue:
		p.next()
		return &Continue{Base{p.spanFrom(start)}}
	case tReturn:
		p.next()
		var v Expr
		if !p.atStatementEnd() {
			v = p.starExpressions()
		}
		return &Return{Base{p.spanFrom(start)}, v}
	case tRaise:
		p.next()
		s := &Raise{}
		if !p.atStatementEnd() {
			s.Exc = p.expression()
			if p.accept(tFrom) {
				s.Cause = p.expression()
			}
		}
		s.Loc = p.spanFrom(start)
		return s
	case tGlobal, tNonlocal:
		p.next()
		var names []string
		for {
			names = append(names, p.name())
			if !p.accept(tComma) {
				break
			}
		}
		if t.kind == tGlobal {
			return &Global{Base{p.spanFrom(start)}, names}
		}
		return &Nonlocal{Base{p.spanFrom(start)}, names}
	case tDel:
		return p.delStatement()
	case tAssert:
		p.next()
		s := &Assert{Test: p.expression()}
		if p.accept(tComma) {
			s.Msg = p.expression()
		}
		s.Loc = p.spanFrom(start)
		return s
	case tImport:
		return p.importStatement()
	case tFrom:
		return p.fromImport()
	case tName:
		if p.isName("type") && p.peek(1) == tName && (p.peek(2) == tEqual || p.peek(2) == tLBrack) {
			p.unsupported(t, "'type' statements")
		}
	}
	return p.exprStatement()
}

func (p *parser) atStatementEnd() bool {
	return p.at(tNewline) || p.at(tSemi) || p.at(tEOF)
}

// name consumes a NAME token and returns its text.
func (p *parser) name() string {
	if !p.at(tName) {
		p.invalidSyntax()
	}
	s := p.text(p.tok())
	p.next()
	return s
}

func (p *parser) delStatement() Stmt {
	start := p.tok().start
	p.next()
	var targets []Expr
	for {
		e := p.bitwiseOrOrStar()
		p.setContext(e, Del, "delete")
		targets = append(targets, e)
		if !p.accept(tComma) || p.atStatementEnd() {
			break
		}
	}
	if !p.atStatementEnd() {
		p.invalidSyntax()
	}
	return &Delete{Base{p.spanFrom(start)}, targets}
}

// dottedName parses a.b.c.
func (p *parser) dottedName() string {
	name := p.name()
	for p.accept(tDot) {
		name += "." + p.name()
	}
	return name
}

func (p *parser) importStatement() Stmt {
	start := p.tok().start
	p.next()
	s := &Import{}
	for {
		a := &Alias{}
		as := p.tok().start
		a.Name = p.dottedName()
		if p.accept(tAs) {
			a.Asname = p.name()
		}
		a.Loc = p.spanFrom(as)
		s.Names = append(s.Names, a)
		if !p.accept(tComma) {
			break
		}
	}
	s.Loc = p.spanFrom(start)
	return s
}

func (p *parser) fromImport() Stmt {
	start := p.tok().start
	p.next()
	s := &ImportFrom{}
	for {
		if p.accept(tDot) {
			s.Level++
		} else if p.accept(tEllipsis) {
			s.Level += 3
		} else {
			break
		}
	}
	if s.Level == 0 || !p.at(tImport) {
		s.Module = p.dottedName()
	}
	p.expect(tImport)
	if p.at(tStar) {
		t := p.tok()
		p.next()
		s.Names = []*Alias{{Base: Base{tokSpan(t)}, Name: "*"}}
		s.Loc = p.spanFrom(start)
		return s
	}
	paren := p.accept(tLParen)
	for {
		a := &Alias{}
		as := p.tok().start
		a.Name = p.name()
		if p.accept(tAs) {
			a.Asname = p.name()
		}
		a.Loc = p.spanFrom(as)
		s.Names = append(s.Names, a)
		if !p.accept(tComma) {
			break
		}
		if paren && p.at(tRParen) {
			break
		}
		if !paren && p.atStatementEnd() {
			p.errorAtToken(&p.toks[p.i-1], "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(tRParen)
	}
	s.Loc = p.spanFrom(start)
	return s
}

// exprStatement parses an expression statement or an assignment of any
// kind.
func (p *parser) exprStatement() Stmt {
	start := p.tok().start
	var e Expr
	bare := false
	if p.at(tYield) {
		e = p.yieldExpr()
	} else {
		e, bare = p.starExpressionList()
	}
	switch p.kind() {
	case tColon:
		if bare {
			p.errorAt(e.(*Tuple).Elts[0].Span(), "only single target (not tuple) can be annotated")
		}
		return p.annAssign(start, e)
	case tEqual:
		return p.assignmentRest(start, e)
	}
	if op, ok := augOps[p.kind()]; ok {
		p.checkAugTarget(e)
		p.setContext(e, Store, "assign to")
		p.next()
		var v Expr
		if p.at(tYield) {
			v = p.yieldExpr()
		} else {
			v = p.starExpressions()
		}
		return &AugAssign{Base{p.spanFrom(start)}, e, op, v}
	}
	if !p.atStatementEnd() {
		p.legacyPrint(e)
	}
	noStarred(p, e)
	return &ExprStmt{Base{p.spanFrom(start)}, e}
}

// legacyPrint reports CPython's hint for Python 2 style print and exec
// statements, or the generic error at the current token.
func (p *parser) legacyPrint(e Expr) {
	n, ok := e.(*Name)
	if ok && (n.Id == "print" || n.Id == "exec") && p.startsExpression() {
		save := p.i
		if args, ok := p.try(p.starExpressions); ok {
			s := n.Loc
			end := args.Span()
			p.errorAt(Span{s.Line, s.Col, end.EndLine, end.EndCol},
				"Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)
		}
		p.i = save
	}
	p.invalidSyntax()
}

// try runs f and reports whether it succeeded; on failure the parser's
// position is restored.
//
// try is for hint checks, which CPython makes only once parsing has
// failed: what they look at does not move where a generic error is
// reported.
func (p *parser) try(f func() Expr) (e Expr, ok bool) {
	save, saveEnd, saveNest, saveDepth, saveFar := p.i, p.prevEnd, p.nest, p.depth, p.farSyntax
	defer func() {
		p.farSyntax = saveFar
		if r := recover(); r != nil {
			if _, isErr := r.(*Error); !isErr {
				panic(r)
			}
			p.i, p.prevEnd, p.nest, p.depth = save, saveEnd, saveNest, saveDepth
			e, ok = nil, false
		}
	}()
	return f(), true
}

// startsExpression reports whether the current token can begin an
// expression but cannot continue one.
func (p *parser) startsExpression() bool {
	switch p.kind() {
	case tName, tNumber, tString, tLBrace, tLambda, tNone, tTrue, tFalse, tEllipsis, tTilde:
		return true
	}
	return false
}

// assignmentRest parses "= value" (possibly chained) after the first
// target e.
func (p *parser) assignmentRest(start pos, e Expr) Stmt {
	targets := []Expr{e}
	var value Expr
	for p.accept(tEqual) {
		if p.at(tYield) {
			value = p.yieldExpr()
		} else {
			value = p.starExpressions()
		}
		if p.at(tEqual) {
			targets = append(targets, value)
		}
	}
	if !p.atStatementEnd() {
		p.invalidSyntax()
	}
	noStarred(p, value)
	for _, t := range targets {
		if len(targets) == 1 {
			p.checkSingleTarget(t)
		}
		p.setContext(t, Store, "assign to")
	}
	return &Assign{Base{p.spanFrom(start)}, targets, value}
}

// noStarred rejects a starred expression used as a whole value, which
// CPython's compiler reports.
func noStarred(p *parser, e Expr) {
	if s, ok := e.(*Starred); ok {
		p.errorAt(s.Loc, "can't use starred expression here")
	}
}

// checkSingleTarget gives CPython's "Maybe you meant '=='" hint for a
// single invalid assignment target.
func (p *parser) checkSingleTarget(t Expr) {
	switch t := t.(type) {
	case *Name, *Attribute, *Subscript, *Tuple, *List, *Starred, *GeneratorExp:
		return
	case *Constant:
		if _, ok := t.Value.(bool); ok {
			return
		}
		if _, ok := t.Value.(NoneType); ok {
			return
		}
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Yield, *YieldFrom:
		return
	case *UnaryOp:
		if t.Op == Not {
			return
		}
	}
	p.errorAt(t.Span(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(t))
}

func (p *parser) annAssign(start pos, target Expr) Stmt {
	valid := false
	switch target.(type) {
	case *Name, *Attribute, *Subscript:
		valid = true
	}
	// CPython stops at the colon when no annotation follows (looking
	// ahead here must not move where the error is reported).
	if k := p.toks[p.i+1].kind; !valid && (k == tNewline || k == tSemi || k == tEOF) {
		p.invalidSyntax()
	}
	switch target.(type) {
	case *Name, *Attribute, *Subscript:
	case *Tuple, *List:
		p.errorAt(target.Span(), "only single target (not %s) can be annotated", exprName(target))
	default:
		p.errorAt(target.Span(), "illegal target for annotation")
	}
	p.next()
	s := &AnnAssign{Target: target, Annotation: p.expression()}
	p.setContext(target, Store, "assign to")
	if n, ok := target.(*Name); ok {
		// Simple means a bare name, not one in parentheses.
		s.Simple = n.Loc.Line == start.Line && n.Loc.Col == start.Col
	}
	if p.accept(tEqual) {
		if p.at(tYield) {
			s.Value = p.yieldExpr()
		} else {
			s.Value = p.starExpressions()
		}
	}
	s.Loc = p.spanFrom(start)
	return s
}

func (p *parser) checkAugTarget(e Expr) {
	switch e.(type) {
	case *Name, *Attribute, *Subscript:
		return
	}
	p.errorAt(e.Span(), "'%s' is an illegal expression for augmented assignment", exprName(e))
}

// setContext marks e as an assignment or deletion target, failing with
// CPython's message ("cannot assign to literal") if it cannot be one.
func (p *parser) setContext(e Expr, ctx Ctx, verb string) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
		return
	case *Attribute:
		e.Ctx = ctx
		return
	case *Subscript:
		e.Ctx = ctx
		return
	case *Starred:
		if ctx != Del {
			e.Ctx = ctx
			p.setContext(e.Value, ctx, verb)
			return
		}
	case *Tuple:
		e.Ctx = ctx
		for _, el := range e.Elts {
			p.setContext(el, ctx, verb)
		}
		return
	case *List:
		e.Ctx = ctx
		for _, el := range e.Elts {
			p.setContext(el, ctx, verb)
		}
		return
	}
	if verb == "delete" {
		p.errorAt(e.Span(), "cannot delete %s", exprName(e))
	}
	p.errorAt(e.Span(), "cannot %s %s", verb, exprName(e))
}

// exprName is CPython's description of an expression kind in errors.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := e.Value.(type) {
		case NoneType:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// ---- compound statements ----

func (p *parser) compound() Stmt {
	t := p.tok()
	switch t.kind {
	case tIf:
		return p.ifStatement("if")
	case tWhile:
		return p.whileStatement()
	case tFor:
		return p.forStatement()
	case tTry:
		return p.tryStatement()
	case tWith:
		return p.withStatement()
	case tAt:
		return p.decorated()
	case tDef:
		return p.funcDef(nil)
	case tClass:
		return p.classDef(nil)
	case tAsync:
		p.unsupported(t, "'async' functions and statements")
	}
	p.unsupported(t, "'match' statements")
	return nil
}

// block parses the body of a compound statement whose header (described
// by what, e.g. "'if' statement") is on line.
func (p *parser) block(what string, line int) []Stmt {
	if !p.accept(tNewline) {
		return p.simpleStatements(nil)
	}
	if !p.at(tIndent) {
		p.fail(p.tokenError("IndentationError", p.tok(), "expected an indented block after %s on line %d", what, line))
	}
	p.next()
	var body []Stmt
	for !p.accept(tDedent) {
		if p.at(tEOF) {
			break
		}
		body = p.statement(body)
	}
	return body
}

func (p *parser) ifStatement(kw string) Stmt {
	t := p.tok()
	p.next()
	s := &If{Test: p.condition()}
	p.expectColon()
	s.Body = p.block("'"+kw+"' statement", t.start.Line)
	switch p.kind() {
	case tElif:
		s.Orelse = []Stmt{p.ifStatement("elif")}
	case tElse:
		s.Orelse = p.elseBlock()
	}
	s.Loc = p.spanFrom(t.start)
	return s
}

func (p *parser) elseBlock() []Stmt {
	t := p.tok()
	p.next()
	p.expectForced(tColon, ":")
	return p.block("'else' statement", t.start.Line)
}

func (p *parser) whileStatement() Stmt {
	t := p.tok()
	p.next()
	s := &While{Test: p.condition()}
	p.expectColon()
	s.Body = p.block("'while' statement", t.start.Line)
	if p.at(tElse) {
		s.Orelse = p.elseBlock()
	}
	s.Loc = p.spanFrom(t.start)
	return s
}

func (p *parser) forStatement() Stmt {
	t := p.tok()
	p.next()
	s := &For{Target: p.targetList()}
	p.setContext(s.Target, Store, "assign to")
	p.expect(tIn)
	s.Iter = p.starExpressions()
	p.expectColon()
	s.Body = p.block("'for' statement", t.start.Line)
	if p.at(tElse) {
		s.Orelse = p.elseBlock()
	}
	s.Loc = p.spanFrom(t.start)
	return s
}

// targetList parses the targets of a for loop or comprehension:
// star_targets, which stop before 'in'.
func (p *parser) targetList() Expr {
	start := p.tok().start
	first := p.bitwiseOrOrStar()
	if !p.at(tComma) {
		return first
	}
	elts := []Expr{first}
	for p.accept(tComma) {
		if p.at(tIn) || p.at(tEqual) {
			break
		}
		elts = append(elts, p.bitwiseOrOrStar())
	}
	return &Tuple{Base{p.spanFrom(start)}, elts, Store}
}

func (p *parser) tryStatement() Stmt {
	t := p.tok()
	p.next()
	p.expectForced(tColon, ":")
	s := &Try{Body: p.block("'try' statement", t.start.Line)}
	for p.at(tExcept) {
		et := p.tok()
		p.next()
		if p.at(tStar) {
			p.unsupported(et, "'except*' clauses")
		}
		h := &ExceptHandler{}
		if !p.at(tColon) {
			if p.at(tNewline) {
				p.expectForced(tColon, ":")
			}
			h.Type = p.expression()
			if p.at(tComma) {
				start := h.Type.Span()
				for p.accept(tComma) && !p.at(tColon) && !p.at(tAs) {
					p.expression()
				}
				p.errorAt(p.spanFrom(pos{Line: start.Line, Col: start.Col}), "multiple exception types must be parenthesized")
			}
			if p.accept(tAs) {
				h.Name = p.name()
			}
		}
		p.expectColon()
		h.Body = p.block("'except' statement", et.start.Line)
		h.Loc = p.spanFrom(et.start)
		s.Handlers = append(s.Handlers, h)
	}
	if p.at(tElse) {
		if len(s.Handlers) == 0 {
			p.invalidSyntax()
		}
		s.Orelse = p.elseBlock()
	}
	if p.at(tFinally) {
		ft := p.tok()
		p.next()
		p.expectForced(tColon, ":")
		s.Finalbody = p.block("'finally' statement", ft.start.Line)
	}
	if len(s.Handlers) == 0 && s.Finalbody == nil {
		p.errorAtToken(p.tok(), "expected 'except' or 'finally' block")
	}
	s.Loc = p.spanFrom(t.start)
	return s
}

func (p *parser) withStatement() Stmt {
	t := p.tok()
	p.next()
	s := &With{}
	if p.at(tLParen) {
		// "with (a as b, c):" — parenthesized items, if the parentheses
		// are followed by the colon; otherwise the parenthesis begins an
		// ordinary expression.
		save, saveEnd, saveNest := p.i, p.prevEnd, p.nest
		if items, ok := p.tryParenWithItems(); ok {
			s.Items = items
		} else {
			p.i, p.prevEnd, p.nest = save, saveEnd, saveNest
		}
	}
	if s.Items == nil {
		for {
			s.Items = append(s.Items, p.withItem())
			if !p.accept(tComma) {
				break
			}
		}
	}
	p.expectColon()
	s.Body = p.block("'with' statement", t.start.Line)
	s.Loc = p.spanFrom(t.start)
	return s
}

func (p *parser) tryParenWithItems() (items []*WithItem, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, isErr := r.(*Error); !isErr {
				panic(r)
			}
			items, ok = nil, false
		}
	}()
	p.next()
	for !p.at(tRParen) {
		items = append(items, p.withItem())
		if !p.accept(tComma) {
			break
		}
	}
	p.expect(tRParen)
	if !p.at(tColon) {
		return nil, false
	}
	return items, true
}

func (p *parser) withItem() *WithItem {
	start := p.tok().start
	it := &WithItem{ContextExpr: p.expression()}
	if p.accept(tAs) {
		it.OptionalVars = p.bitwiseOrOrStar()
		p.setContext(it.OptionalVars, Store, "assign to")
	}
	it.Loc = p.spanFrom(start)
	return it
}

func (p *parser) decorated() Stmt {
	var decorators []Expr
	for p.accept(tAt) {
		decorators = append(decorators, p.namedExpression())
		p.expect(tNewline)
	}
	switch p.kind() {
	case tDef:
		return p.funcDef(decorators)
	case tClass:
		return p.classDef(decorators)
	}
	p.invalidSyntax()
	return nil
}

// funcDef parses a def statement. As in CPython, its span starts at 'def',
// not at its decorators.
func (p *parser) funcDef(decorators []Expr) Stmt {
	t := p.tok()
	p.next()
	f := &FunctionDef{Name: p.name(), DecoratorList: decorators}
	if p.at(tLBrack) {
		p.unsupported(p.tok(), "type parameter lists")
	}
	p.expectForced(tLParen, "(")
	f.Args = p.parameters(tRParen, true)
	p.expect(tRParen)
	if p.accept(tRArrow) {
		f.Returns = p.expression()
	}
	p.expectForced(tColon, ":")
	f.Body = p.block("function definition", t.start.Line)
	f.Loc = p.spanFrom(t.start)
	return f
}

func (p *parser) classDef(decorators []Expr) Stmt {
	t := p.tok()
	p.next()
	c := &ClassDef{Name: p.name(), DecoratorList: decorators}
	if p.at(tLBrack) {
		p.unsupported(p.tok(), "type parameter lists")
	}
	if p.accept(tLParen) {
		c.Bases, c.Keywords = p.callArguments()
		p.expect(tRParen)
	}
	p.expectColon()
	c.Body = p.block("class definition", t.start.Line)
	c.Loc = p.spanFrom(t.start)
	return c
}

// parameters parses a def (annotations allowed) or lambda parameter list
// up to the closing token.
func (p *parser) parameters(closing tokenKind, annotations bool) *Arguments {
	a := &Arguments{}
	start := p.tok().start
	seen := map[string]bool{}
	param := func() *Arg {
		t := p.tok()
		arg := &Arg{Arg: p.name()}
		if seen[arg.Arg] {
			p.errorAtToken(t, "duplicate argument '%s' in function definition", arg.Arg)
		}
		seen[arg.Arg] = true
		if annotations && p.accept(tColon) {
			arg.Annotation = p.expression()
		}
		arg.Loc = p.spanFrom(t.start)
		return arg
	}
	if p.at(closing) {
		a.Loc = Span{start.Line, start.Col, start.Line, start.Col}
		return a
	}
	star := false // after * or *args
	for !p.at(closing) {
		t := p.tok()
		switch {
		case p.accept(tDoubleStar):
			a.Kwarg = param()
			if p.at(tEqual) {
				p.errorAtToken(p.tok(), "var-keyword argument cannot have default value")
			}
			p.accept(tComma)
			if !p.at(closing) {
				p.errorAtToken(p.tok(), "arguments cannot follow var-keyword argument")
			}
			a.Loc = p.spanFrom(start)
			return a
		case p.accept(tStar):
			if star {
				p.errorAtToken(t, "* argument may appear only once")
			}
			star = true
			if p.at(tComma) || p.at(closing) {
				if p.at(closing) || p.peek(1) == tDoubleStar {
					p.errorAtToken(t, "named arguments must follow bare *")
				}
			} else {
				a.Vararg = param()
				if p.at(tEqual) {
					p.errorAtToken(p.tok(), "var-positional argument cannot have default value")
				}
			}
		case p.at(tSlash):
			if star || len(a.Posonlyargs) > 0 || len(a.Args) == 0 {
				if len(a.Args) == 0 && !star && len(a.Posonlyargs) == 0 {
					p.errorAtToken(t, "at least one argument must precede /")
				}
				p.errorAtToken(t, "/ may appear only once")
			}
			p.next()
			a.Posonlyargs, a.Args = a.Args, nil
		default:
			arg := param()
			var def Expr
			if p.accept(tEqual) {
				def = p.expression()
			}
			if star {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, arg)
				if def != nil {
					a.Defaults = append(a.Defaults, def)
				} else if len(a.Defaults) > 0 {
					p.errorAt(arg.Loc, "non-default argument follows default argument")
				}
			}
		}
		if !p.accept(tComma) {
			break
		}
	}
	a.Loc = p.spanFrom(start)
	return a
}
