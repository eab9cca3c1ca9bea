package vm

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/compile"
	"github.com/exitplay/exitplay/wasm/syntax"
)

func (c *compiler) stmt(st syntax.Stmt) stmtFn {
	switch s := st.(type) {
	case *syntax.ExprStmt:
		e := c.stmtValue(s.Value)
		return func(fr *Frame) (ctl, error) {
			_, err := e(fr)
			return ctlNone, err
		}
	case *syntax.Assign:
		val := c.stmtValue(s.Value)
		if len(s.Targets) == 1 {
			if n, ok := s.Targets[0].(*syntax.Name); ok {
				if b := c.scope.Binding(n.Id); b.Kind == compile.Local {
					i := b.Index
					return func(fr *Frame) (ctl, error) {
						v, err := val(fr)
						if err != nil {
							return ctlNone, err
						}
						fr.Locals[i] = v
						return ctlNone, nil
					}
				}
			}
		}
		targets := make([]storeFn, len(s.Targets))
		for i, tg := range s.Targets {
			targets[i] = c.target(tg)
		}
		return func(fr *Frame) (ctl, error) {
			v, err := val(fr)
			if err != nil {
				return ctlNone, err
			}
			for _, tg := range targets {
				if err := tg(fr, v); err != nil {
					return ctlNone, err
				}
			}
			return ctlNone, nil
		}
	case *syntax.AugAssign:
		return c.augAssign(s)
	case *syntax.AnnAssign:
		return c.annAssign(s)
	case *syntax.Return:
		var val exprFn
		if s.Value != nil {
			val = c.stmtValue(s.Value)
		}
		return func(fr *Frame) (ctl, error) {
			if val == nil {
				fr.retval = None
				return ctlReturn, nil
			}
			v, err := val(fr)
			if err != nil {
				return ctlNone, err
			}
			fr.retval = v
			return ctlReturn, nil
		}
	case *syntax.Delete:
		dels := make([]func(fr *Frame) error, len(s.Targets))
		for i, tg := range s.Targets {
			dels[i] = c.delTarget(tg)
		}
		return func(fr *Frame) (ctl, error) {
			for _, d := range dels {
				if err := d(fr); err != nil {
					return ctlNone, err
				}
			}
			return ctlNone, nil
		}
	case *syntax.Pass, *syntax.Global, *syntax.Nonlocal:
		return func(*Frame) (ctl, error) { return ctlNone, nil }
	case *syntax.Break:
		return func(*Frame) (ctl, error) { return ctlBreak, nil }
	case *syntax.Continue:
		return func(*Frame) (ctl, error) { return ctlContinue, nil }
	case *syntax.If:
		test, body, orelse := c.expr(s.Test), c.block(s.Body), c.block(s.Orelse)
		return func(fr *Frame) (ctl, error) {
			v, err := test(fr)
			if err != nil {
				return ctlNone, err
			}
			b, ok := v.(Bool)
			if !ok {
				tb, err := Truth(fr.thread, v)
				if err != nil {
					return ctlNone, fr.traced(err, s.Test)
				}
				b = Bool(tb)
			}
			if b {
				return body(fr)
			}
			return orelse(fr)
		}
	case *syntax.While:
		return c.while(s)
	case *syntax.For:
		return c.forLoop(s)
	case *syntax.Raise:
		return c.raise(s)
	case *syntax.Try:
		return c.try(s)
	case *syntax.With:
		return c.with(s, 0)
	case *syntax.Assert:
		c.checkAssert(s)
		test, msg := c.expr(s.Test), c.optExpr(s.Msg)
		return func(fr *Frame) (ctl, error) {
			v, err := test(fr)
			if err != nil {
				return ctlNone, err
			}
			ok, err := Truth(fr.thread, v)
			if err != nil || ok {
				return ctlNone, err
			}
			var args []Value
			if msg != nil {
				m, err := msg(fr)
				if err != nil {
					return ctlNone, err
				}
				args = append(args, m)
			}
			e := NewException(AssertionErrorType, args...)
			return ctlNone, fr.traced(e, s.Test)
		}
	case *syntax.FunctionDef:
		mk := c.makeFunction(s, s.Name, s.Args, s.Body, nil)
		decos := c.exprs(s.DecoratorList)
		store := c.storeName(s.Name)
		return func(fr *Frame) (ctl, error) {
			return ctlNone, c.decorateAndStore(fr, decos, mk, store)
		}
	case *syntax.ClassDef:
		return c.classDef(s)
	case *syntax.Import:
		return c.importStmt(s)
	case *syntax.ImportFrom:
		return c.importFrom(s)
	}
	panic("vm: unknown statement node")
}

// stmtValue compiles the value of an expression statement, an assignment
// or a return: the statement evaluates it before anything else (the
// targets come after), so when it is a call, the callee and the arguments
// are all the statement holds while the call is made.
func (c *compiler) stmtValue(e syntax.Expr) exprFn {
	if call, ok := e.(*syntax.Call); ok {
		c.topCall = call
	}
	return c.expr(e)
}

func (c *compiler) decorateAndStore(fr *Frame, decos []exprFn, mk exprFn, store storeFn) error {
	fns := make([]Value, len(decos))
	for i, d := range decos {
		v, err := d(fr)
		if err != nil {
			return err
		}
		fns[i] = v
	}
	v, err := mk(fr)
	if err != nil {
		return err
	}
	for i := len(fns) - 1; i >= 0; i-- {
		v, err = fr.thread.Call(fns[i], v)
		if err != nil {
			return err
		}
	}
	return store(fr, v)
}

func (c *compiler) augAssign(s *syntax.AugAssign) stmtFn {
	val, op := c.expr(s.Value), s.Op
	// apply evaluates the value and combines it with the target's a.
	apply := func(fr *Frame, a Value) (Value, error) {
		b, err := val(fr)
		if err != nil {
			return nil, err
		}
		if r, ok := smallInts(op, a, b); ok {
			return r, nil
		}
		r, err := Inplace(fr.thread, op, a, b)
		if err != nil {
			return nil, fr.traced(err, s)
		}
		return r, nil
	}
	switch tg := s.Target.(type) {
	case *syntax.Name:
		load, store := c.load(tg), c.storeName(tg.Id)
		return func(fr *Frame) (ctl, error) {
			a, err := load(fr)
			if err != nil {
				return ctlNone, err
			}
			r, err := apply(fr, a)
			if err != nil {
				return ctlNone, err
			}
			return ctlNone, store(fr, r)
		}
	case *syntax.Attribute:
		obj := c.expr(tg.Value)
		return func(fr *Frame) (ctl, error) {
			o, err := obj(fr)
			if err != nil {
				return ctlNone, err
			}
			a, err := GetAttr(fr.thread, o, tg.Attr)
			if err != nil {
				return ctlNone, fr.traced(err, tg)
			}
			r, err := apply(fr, a)
			if err != nil {
				return ctlNone, err
			}
			return ctlNone, fr.traced(SetAttr(fr.thread, o, tg.Attr, r), tg)
		}
	case *syntax.Subscript:
		obj, idx := c.expr(tg.Value), c.expr(tg.Slice)
		return func(fr *Frame) (ctl, error) {
			o, err := obj(fr)
			if err != nil {
				return ctlNone, err
			}
			k, err := idx(fr)
			if err != nil {
				return ctlNone, err
			}
			a, err := GetItem(fr.thread, o, k)
			if err != nil {
				return ctlNone, fr.traced(err, tg)
			}
			r, err := apply(fr, a)
			if err != nil {
				return ctlNone, err
			}
			return ctlNone, fr.traced(SetItem(fr.thread, o, k, r), tg)
		}
	}
	panic("vm: bad augmented assignment target")
}

func (c *compiler) delTarget(tg syntax.Expr) func(fr *Frame) error {
	switch e := tg.(type) {
	case *syntax.Name:
		d := c.deleteName(e, e.Id)
		return func(fr *Frame) error { return fr.traced(d(fr), e) }
	case *syntax.Attribute:
		obj := c.expr(e.Value)
		return func(fr *Frame) error {
			o, err := obj(fr)
			if err != nil {
				return err
			}
			return fr.traced(DelAttr(fr.thread, o, e.Attr), e)
		}
	case *syntax.Subscript:
		obj, idx := c.expr(e.Value), c.expr(e.Slice)
		return func(fr *Frame) error {
			o, err := obj(fr)
			if err != nil {
				return err
			}
			k, err := idx(fr)
			if err != nil {
				return err
			}
			return fr.traced(DelItem(fr.thread, o, k), e)
		}
	case *syntax.Tuple, *syntax.List:
		var elts []syntax.Expr
		if t, ok := e.(*syntax.Tuple); ok {
			elts = t.Elts
		} else {
			elts = e.(*syntax.List).Elts
		}
		dels := make([]func(fr *Frame) error, len(elts))
		for i, el := range elts {
			dels[i] = c.delTarget(el)
		}
		return func(fr *Frame) error {
			for _, d := range dels {
				if err := d(fr); err != nil {
					return err
				}
			}
			return nil
		}
	}
	panic("vm: bad del target")
}

func (c *compiler) while(s *syntax.While) stmtFn {
	test, body, orelse := c.expr(s.Test), c.block(s.Body), c.block(s.Orelse)
	return func(fr *Frame) (ctl, error) {
		t := fr.thread
		for {
			v, err := test(fr)
			if err != nil {
				return ctlNone, err
			}
			b, ok := v.(Bool)
			if !ok {
				tb, err := Truth(t, v)
				if err != nil {
					return ctlNone, fr.traced(err, s.Test)
				}
				b = Bool(tb)
			}
			if !b {
				break
			}
			r, err := body(fr)
			if err != nil {
				return ctlNone, err
			}
			if out, done := loopExit(r); done {
				return out, nil
			}
			if len(s.Body) == 0 {
				if err := t.tick(); err != nil {
					return ctlNone, err
				}
			}
		}
		return orelse(fr)
	}
}

func (c *compiler) forLoop(s *syntax.For) stmtFn {
	iter, body, orelse := c.expr(s.Iter), c.block(s.Body), c.block(s.Orelse)
	var fastLocal = -1
	if n, ok := s.Target.(*syntax.Name); ok {
		if b := c.scope.Binding(n.Id); b.Kind == compile.Local {
			fastLocal = b.Index
		}
	}
	store := c.target(s.Target)
	return func(fr *Frame) (ctl, error) {
		t := fr.thread
		v, err := iter(fr)
		if err != nil {
			return ctlNone, err
		}
		// Fast path: range with a plain local target.
		if rg, ok := v.(*Range); ok && fastLocal >= 0 {
			n := rg.Len()
			cur := rg.Start
			for i := int64(0); i < n; i++ {
				fr.Locals[fastLocal] = Int(cur)
				cur += rg.Step
				r, err := body(fr)
				if err != nil {
					return ctlNone, err
				}
				if out, done := loopExit(r); done {
					return out, nil
				}
			}
			return orelse(fr)
		}
		it, err := Iterate(t, v)
		if err != nil {
			return ctlNone, fr.traced(err, s.Iter)
		}
		n := len(fr.iters)
		fr.iters = append(fr.iters, it)
		r, err := forEach(fr, s, it, store, body)
		clear(fr.iters[n:])
		fr.iters = fr.iters[:n]
		t.dropped(it)
		if err != nil {
			return ctlNone, err
		}
		if out, done := loopExit(r); done {
			return out, nil
		}
		return orelse(fr)
	}
}

// loopExit is what a loop makes of its body's outcome r: a break ends the
// loop normally and a return passes on (done); otherwise the loop goes on.
func loopExit(r ctl) (out ctl, done bool) {
	switch r {
	case ctlBreak:
		return ctlNone, true
	case ctlReturn:
		return ctlReturn, true
	}
	return ctlNone, false
}

// forEach runs a for loop's body for each value of it until the iterator
// is exhausted (ctlNone) or a break or return ends the loop (ctlBreak,
// ctlReturn).
func forEach(fr *Frame, s *syntax.For, it Value, store storeFn, body stmtFn) (ctl, error) {
	t := fr.thread
	for {
		x, ok, err := Next(t, it)
		if err != nil {
			return ctlNone, fr.traced(err, s)
		}
		if !ok {
			return ctlNone, nil
		}
		if err := store(fr, x); err != nil {
			return ctlNone, err
		}
		r, err := body(fr)
		if err != nil {
			return ctlNone, err
		}
		switch r {
		case ctlBreak, ctlReturn:
			return r, nil
		}
	}
}

func (c *compiler) raise(s *syntax.Raise) stmtFn {
	exc, cause := c.optExpr(s.Exc), c.optExpr(s.Cause)
	return func(fr *Frame) (ctl, error) {
		t := fr.thread
		if exc == nil {
			h := t.handling
			if h == nil {
				return ctlNone, fr.traced(Errorf(RuntimeErrorType, "No active exception to reraise"), s)
			}
			t.raised(h, s, true)
			return ctlNone, h
		}
		v, err := exc(fr)
		if err != nil {
			return ctlNone, err
		}
		e, err := makeException(t, v, false)
		if err != nil {
			return ctlNone, fr.traced(err, s)
		}
		if cause != nil {
			cv, err := cause(fr)
			if err != nil {
				return ctlNone, err
			}
			if cv == None {
				e.Cause = nil
			} else {
				ce, err := makeException(t, cv, true)
				if err != nil {
					return ctlNone, fr.traced(err, s)
				}
				e.Cause = ce
			}
			e.SuppressContext = true
		}
		t.raised(e, s, false)
		if fr.Code.Source.Native {
			e.nativeRaise = e.Traceback == nil
			return ctlNone, e
		}
		e.Traceback = &Traceback{Frame: fr, Node: s, Next: e.Traceback}
		return ctlNone, e
	}
}

// makeException turns the operand of raise into an exception instance.
func makeException(t *Thread, v Value, cause bool) (*Exception, error) {
	switch x := v.(type) {
	case *Exception:
		return x, nil
	case *Type:
		if x.IsSubtype(BaseExceptionType) {
			r, err := t.construct(x, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*Exception); ok {
				return e, nil
			}
			called, err := Repr(t, x)
			if err != nil {
				return nil, err
			}
			got, err := Repr(t, r.Type())
			if err != nil {
				return nil, err
			}
			return nil, t.typeErrorf("calling %s should have returned an instance of BaseException, not %s", called, got)
		}
	}
	if cause {
		return nil, t.typeErrorf("exception causes must derive from BaseException")
	}
	return nil, t.typeErrorf("exceptions must derive from BaseException")
}

type handler struct {
	node  *syntax.ExceptHandler
	typ   exprFn
	store storeFn
	del   func(fr *Frame) error
	body  stmtFn
	text  string
}

func (c *compiler) try(s *syntax.Try) stmtFn {
	body, orelse := c.block(s.Body), c.block(s.Orelse)
	var final stmtFn
	if len(s.Finalbody) > 0 {
		final = c.block(s.Finalbody)
	}
	handlers := make([]*handler, len(s.Handlers))
	for i, h := range s.Handlers {
		hd := &handler{node: h, typ: c.optExpr(h.Type), body: c.block(h.Body)}
		if h.Name != "" {
			hd.store = c.storeName(h.Name)
			hd.del = c.deleteName(h, h.Name)
		}
		if h.Type != nil {
			sp := h.Type.Span()
			if sp.Line == sp.EndLine {
				line := []rune(c.src.Line(sp.Line))
				if sp.EndCol <= len(line) {
					hd.text = string(line[sp.Col:sp.EndCol])
				}
			}
		}
		handlers[i] = hd
	}
	return func(fr *Frame) (ctl, error) {
		t := fr.thread
		r, err := body(fr)
		if err != nil {
			if e, ok := err.(*Exception); ok && len(handlers) > 0 {
				r, err = c.handle(fr, handlers, e)
			}
		} else if r == ctlNone {
			r, err = orelse(fr)
		}
		if final == nil {
			return r, err
		}
		if _, hard := err.(*HardStop); hard {
			return r, err
		}
		if err != nil && !isException(err) {
			return r, err
		}
		saved := t.handling
		reason := ReasonNormal
		switch {
		case err != nil:
			t.handling = err.(*Exception)
			reason = ReasonException
		case r == ctlReturn:
			reason = ReasonReturn
		case r == ctlBreak:
			reason = ReasonBreak
		case r == ctlContinue:
			reason = ReasonContinue
		}
		if t.obs != nil {
			ev := &Event{Kind: EvFinally, Span: s.Finalbody[0].Span(), Reason: reason}
			if e, ok := err.(*Exception); ok {
				ev.Exc = e
			}
			t.observe(ev)
		}
		retval := fr.retval
		fr2, ferr := final(fr)
		t.handling = saved
		if ferr != nil {
			return ctlNone, ferr
		}
		if fr2 != ctlNone {
			return fr2, nil
		}
		fr.retval = retval
		return r, err
	}
}

func isException(err error) bool {
	_, ok := err.(*Exception)
	return ok
}

// handle runs the first except clause that matches e.
func (c *compiler) handle(fr *Frame, handlers []*handler, e *Exception) (ctl, error) {
	t := fr.thread
	for _, h := range handlers {
		if h.typ != nil {
			tv, err := h.typ(fr)
			if err != nil {
				return ctlNone, err
			}
			ok, err := excMatches(t, e, tv)
			if err != nil {
				return ctlNone, fr.traced(err, h.node)
			}
			if !ok {
				continue
			}
		}
		if t.obs != nil {
			t.observe(&Event{Kind: EvCatch, Span: h.node.Span(), Exc: e, Handler: h.text})
		}
		saved := t.handling
		t.handling = e
		if h.store != nil {
			if err := h.store(fr, e); err != nil {
				t.handling = saved
				return ctlNone, err
			}
		}
		r, err := h.body(fr)
		if h.del != nil {
			_ = h.del(fr)
		}
		t.handling = saved
		return r, err
	}
	return ctlNone, e
}

func excMatches(t *Thread, e *Exception, tv Value) (bool, error) {
	switch x := tv.(type) {
	case *Type:
		if !x.IsSubtype(BaseExceptionType) {
			break
		}
		return e.Class.IsSubtype(x), nil
	case Tuple:
		for _, el := range x {
			ok, err := excMatches(t, e, el)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, t.typeErrorf("catching classes that do not inherit from BaseException is not allowed")
}

// with compiles items[i:] of a with statement around its body.
func (c *compiler) with(s *syntax.With, i int) stmtFn {
	if i == len(s.Items) {
		return c.block(s.Body)
	}
	item := s.Items[i]
	mgrE := c.expr(item.ContextExpr)
	var store storeFn
	if item.OptionalVars != nil {
		store = c.target(item.OptionalVars)
	}
	inner := c.with(s, i+1)
	run := func(fr *Frame, mgr Value) (ctl, error) {
		t := fr.thread
		tp := mgr.Type()
		enter, exit := tp.Lookup("__enter__"), tp.Lookup("__exit__")
		if enter == nil {
			return ctlNone, fr.traced(t.typeErrorf("'%s' object does not support the context manager protocol", typeName(mgr)), s)
		}
		if exit == nil {
			return ctlNone, fr.traced(t.typeErrorf("'%s' object does not support the context manager protocol (missed __exit__ method)", typeName(mgr)), s)
		}
		v, err := t.callMethod(enter, mgr)
		if err != nil {
			return ctlNone, fr.traced(err, s)
		}
		if t.obs != nil {
			t.observe(&Event{Kind: EvWithEnter, Span: item.ContextExpr.Span()})
		}
		r := ctlNone
		if store != nil {
			err = store(fr, v)
		}
		if err == nil {
			r, err = inner(fr)
		}
		if _, hard := err.(*HardStop); hard {
			return r, err
		}
		if e, ok := err.(*Exception); ok {
			saved := t.handling
			t.handling = e
			var tb Value = None
			if e.Traceback != nil {
				tb = e.Traceback
			}
			res, xerr := t.callMethod(exit, mgr, e.Class, e, tb)
			t.handling = saved
			if xerr != nil {
				return ctlNone, fr.traced(xerr, s)
			}
			sup, terr := Truth(t, res)
			if terr != nil {
				return ctlNone, fr.traced(terr, s)
			}
			if t.obs != nil {
				t.observe(&Event{Kind: EvWithExit, Span: item.ContextExpr.Span(), Exc: e, Suppressed: sup})
			}
			if sup {
				return ctlNone, nil
			}
			return ctlNone, e
		}
		if err != nil {
			return r, err
		}
		retval := fr.retval
		if _, xerr := t.callMethod(exit, mgr, None, None, None); xerr != nil {
			return ctlNone, fr.traced(xerr, s)
		}
		fr.retval = retval
		if t.obs != nil {
			t.observe(&Event{Kind: EvWithExit, Span: item.ContextExpr.Span()})
		}
		return r, nil
	}
	return func(fr *Frame) (ctl, error) {
		mgr, err := mgrE(fr)
		if err != nil {
			return ctlNone, err
		}
		// The manager is a root while the statement runs, and let go of
		// after __exit__: with nothing in flight then but an exception,
		// an inner manager of "with a, b:" is finalized before a's exit.
		t := fr.thread
		n := len(fr.iters)
		fr.iters = append(fr.iters, mgr)
		r, err := run(fr, mgr)
		clear(fr.iters[n:])
		fr.iters = fr.iters[:n]
		t.dropped(mgr)
		if err == nil && i > 0 && len(t.interp.fin.suspects) > 0 {
			err = fr.traced(t.collectAt(), s)
		}
		return r, err
	}
}

func (c *compiler) classDef(s *syntax.ClassDef) stmtFn {
	bases := c.exprs(s.Bases)
	decos := c.exprs(s.DecoratorList)
	kwNames := make([]string, len(s.Keywords))
	kws := make([]exprFn, len(s.Keywords))
	for i, k := range s.Keywords {
		kwNames[i], kws[i] = k.Arg, c.expr(k.Value)
	}
	outer := c.scope
	code := c.newCode(s, nil)
	c.scope = code.Scope
	code.body = c.block(s.Body)
	c.scope = outer
	store := c.storeName(s.Name)
	doc := docstring(s.Body)
	mk := func(fr *Frame) (Value, error) {
		t := fr.thread
		bvals := make([]Value, len(bases))
		for i, b := range bases {
			v, err := b(fr)
			if err != nil {
				return nil, err
			}
			bvals[i] = v
		}
		var meta Value
		for i, k := range kws {
			v, err := k(fr)
			if err != nil {
				return nil, err
			}
			if kwNames[i] == "metaclass" {
				meta = v
			}
		}
		ns := NewDict()
		modName, _ := fr.Globals.GetStr("__name__")
		if modName == nil {
			modName = Str("__main__")
		}
		ns.SetStr("__module__", modName)
		ns.SetStr("__qualname__", Str(code.Qualname))
		if doc != nil {
			ns.SetStr("__doc__", doc)
		}
		bfr := &Frame{Code: code, Globals: fr.Globals, NS: ns, Locals: make([]Value, code.NSlots), thread: t}
		var classCell *Cell
		if code.Scope.ClassCell >= 0 {
			classCell = &Cell{}
			bfr.Locals[code.Scope.ClassCell] = classCell
		}
		for _, f := range code.Scope.Frees {
			bfr.Locals[f.Slot] = fr.Locals[f.Outer]
		}
		if _, err := t.runFrame(bfr); err != nil {
			return nil, err
		}
		if meta != nil && meta != TypeType {
			mt, ok := meta.(*Type)
			if !ok || !mt.IsSubtype(TypeType) {
				return t.Call(meta, Str(s.Name), Tuple(bvals), ns)
			}
		}
		cls, err := newClass(t, s.Name, code.Qualname, bvals, ns)
		if err != nil {
			return nil, err
		}
		if classCell != nil {
			classCell.V = cls
		}
		return cls, nil
	}
	return func(fr *Frame) (ctl, error) {
		return ctlNone, c.decorateAndStore(fr, decos, mk, store)
	}
}

func (c *compiler) importStmt(s *syntax.Import) stmtFn {
	type imp struct {
		name  string
		store storeFn
		top   bool
	}
	var imps []imp
	for _, a := range s.Names {
		if a.Asname != "" {
			imps = append(imps, imp{a.Name, c.storeName(a.Asname), false})
		} else {
			top, _, _ := strings.Cut(a.Name, ".")
			imps = append(imps, imp{a.Name, c.storeName(top), true})
		}
	}
	return func(fr *Frame) (ctl, error) {
		t := fr.thread
		for _, im := range imps {
			m, err := t.interp.importModule(t, im.name)
			if err != nil {
				return ctlNone, err
			}
			if im.top {
				top, _, _ := strings.Cut(im.name, ".")
				if m, err = t.interp.importModule(t, top); err != nil {
					return ctlNone, err
				}
			}
			if err := im.store(fr, m); err != nil {
				return ctlNone, err
			}
		}
		return ctlNone, nil
	}
}

func (c *compiler) importFrom(s *syntax.ImportFrom) stmtFn {
	names := make([]string, len(s.Names))
	stores := make([]storeFn, len(s.Names))
	star := false
	for i, a := range s.Names {
		names[i] = a.Name
		if a.Name == "*" {
			star = true
			continue
		}
		as := a.Asname
		if as == "" {
			as = a.Name
		}
		stores[i] = c.storeName(as)
	}
	return func(fr *Frame) (ctl, error) {
		t := fr.thread
		if s.Level > 0 {
			return ctlNone, Errorf(ImportErrorType, "attempted relative import with no known parent package")
		}
		mv, err := t.interp.importModule(t, s.Module)
		if err != nil {
			return ctlNone, err
		}
		m := mv.(*Module)
		if star {
			for _, kv := range m.Globals.Items() {
				if k, ok := kv[0].(Str); ok && !strings.HasPrefix(string(k), "_") {
					fr.storeAny(string(k), kv[1])
				}
			}
			return ctlNone, nil
		}
		for i, name := range names {
			v, ok := m.Globals.GetStr(name)
			if !ok {
				sub, err := t.interp.importModule(t, s.Module+"."+name)
				if err != nil {
					e := Errorf(ImportErrorType, "cannot import name '%s' from '%s' (%s)", name, s.Module, moduleLocation(m))
					e.Dict.SetStr("name", Str(s.Module))
					return ctlNone, e
				}
				v = sub
			}
			if err := stores[i](fr, v); err != nil {
				return ctlNone, err
			}
		}
		return ctlNone, nil
	}
}

func moduleLocation(m *Module) string {
	if f, ok := m.Globals.GetStr("__file__"); ok {
		if s, ok := f.(Str); ok {
			return string(s)
		}
	}
	return "unknown location"
}

// storeAny binds a global or class-namespace name by its text (from-import *).
func (fr *Frame) storeAny(name string, v Value) {
	if fr.NS != nil {
		fr.NS.SetStr(name, v)
		return
	}
	fr.Globals.SetStr(name, v)
}

// importModule returns sys.modules[name], initializing it on first use.
func (in *Interpreter) importModule(t *Thread, name string) (Value, error) {
	if m, ok := in.modules.GetStr(name); ok && m != None {
		return m, nil
	}
	// A submodule's parent is imported first; it may put the submodule
	// in sys.modules itself (os makes os.path so).
	if parent, _, isSub := cutLast(name, "."); isSub {
		if _, err := in.importModule(t, parent); err != nil {
			return nil, err
		}
		if m, ok := in.modules.GetStr(name); ok && m != None {
			return m, nil
		}
	}
	init, ok := in.inits[name]
	if !ok {
		e := Errorf(ModuleNotFoundType, "No module named '%s'", name)
		e.Dict.SetStr("name", Str(name))
		return nil, e
	}
	m, err := init(t)
	if err != nil {
		return nil, err
	}
	_ = in.modules.Set(t, Str(name), m)
	return m, nil
}

// cutLast slices s around the last instance of sep.
func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// annAssign compiles an annotated assignment. At module and class level
// the annotation of a simple name is evaluated and stored in
// __annotations__ (created on first use); in a function it is not
// evaluated, as in CPython.
func (c *compiler) annAssign(s *syntax.AnnAssign) stmtFn {
	var val exprFn
	var tg storeFn
	if s.Value != nil {
		val, tg = c.expr(s.Value), c.target(s.Target)
	}
	var ann exprFn
	name, simple := s.Target.(*syntax.Name)
	if c.scope.Kind != compile.FunctionScope {
		ann = c.expr(s.Annotation)
	}
	return func(fr *Frame) (ctl, error) {
		if val != nil {
			v, err := val(fr)
			if err != nil {
				return ctlNone, err
			}
			if err := tg(fr, v); err != nil {
				return ctlNone, err
			}
		}
		if ann == nil {
			return ctlNone, nil
		}
		a, err := ann(fr)
		if err != nil || !simple || !s.Simple {
			return ctlNone, err
		}
		ns := fr.NS
		if ns == nil {
			ns = fr.Globals
		}
		d, ok := ns.GetStr("__annotations__")
		if !ok {
			d = NewDict()
			ns.SetStr("__annotations__", d)
		}
		return ctlNone, SetItem(fr.thread, d, Str(name.Id), a)
	}
}
