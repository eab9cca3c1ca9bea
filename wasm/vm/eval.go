package vm

import (
	"math/big"
	"unicode/utf8"

	"github.com/exitplay/exitplay/wasm/compile"
	"github.com/exitplay/exitplay/wasm/syntax"
)

// ctl is how a statement hands control back: normally, or by return,
// break or continue. Exceptions and hard stops travel as errors.
type ctl uint8

const (
	ctlNone ctl = iota
	ctlReturn
	ctlBreak
	ctlContinue
)

type exprFn func(fr *Frame) (Value, error)
type stmtFn func(fr *Frame) (ctl, error)

// compiler turns resolved syntax into closures.
type compiler struct {
	info  *compile.Info
	src   *Source
	scope *compile.Scope
	// warnings are the SyntaxWarnings found, as printed.
	warnings []string
	// topCall is the call that is the whole value of the statement being
	// compiled (see stmtValue).
	topCall *syntax.Call
}

// traced records that err passed through frame fr at node n: the first
// time an exception meets a frame, a traceback entry is added (and, if it
// is brand new, its implicit __context__ is set and the raise observed).
func (fr *Frame) traced(err error, n syntax.Node) error {
	e, ok := err.(*Exception)
	if !ok {
		return err
	}
	if e.Traceback != nil && e.Traceback.Frame == fr {
		return err
	}
	if e.Traceback == nil && !e.nativeRaise {
		fr.thread.raised(e, n, false)
	}
	if fr.Code.Source != nil && fr.Code.Source.Native {
		// As if raised by C code: no traceback entry.
		e.nativeRaise = e.Traceback == nil
		return err
	}
	e.nativeRaise = false
	e.Traceback = &Traceback{Frame: fr, Node: n, Next: e.Traceback}
	return err
}

// raised sets the implicit context of a newly raised exception and
// reports the raise.
func (t *Thread) raised(e *Exception, n syntax.Node, reraise bool) {
	if h := t.handling; h != nil && h != e && !reraise {
		// Avoid cycles, as CPython does.
		for c := h; c != nil; c = c.Context {
			if c.Context == e {
				c.Context = nil
				break
			}
		}
		e.Context = h
	}
	if t.obs != nil {
		ev := &Event{Kind: EvRaise, Exc: e, Reraise: reraise}
		if n != nil {
			ev.Span = n.Span()
		}
		t.observe(ev)
	}
}

func (c *compiler) module(mod *syntax.Module) *Code {
	c.scope = c.info.Module
	code := &Code{Name: "<module>", Qualname: "<module>", Source: c.src, FirstLine: 1, Scope: c.scope, NSlots: len(c.scope.Slots)}
	code.body = c.block(mod.Body)
	return code
}

func (c *compiler) block(stmts []syntax.Stmt) stmtFn {
	fns := make([]stmtFn, len(stmts))
	nodes := make([]syntax.Node, len(stmts))
	for i, s := range stmts {
		fns[i] = c.stmt(s)
		nodes[i] = s
	}
	return func(fr *Frame) (ctl, error) {
		t := fr.thread
		for i, f := range fns {
			fr.node = nodes[i]
			t.Steps++
			if err := t.host.Tick(t, 1); err != nil {
				return ctlNone, fr.traced(err, nodes[i])
			}
			r, err := f(fr)
			if err != nil {
				return ctlNone, fr.traced(err, nodes[i])
			}
			if len(t.interp.fin.suspects) > 0 {
				if err := t.collectAt(); err != nil {
					return ctlNone, fr.traced(err, nodes[i])
				}
			}
			if r != ctlNone {
				return r, nil
			}
		}
		return ctlNone, nil
	}
}

func constValue(v any) Value {
	switch x := v.(type) {
	case syntax.NoneType:
		return None
	case syntax.EllipsisType:
		return Ellipsis
	case bool:
		return Bool(x)
	case int64:
		return Int(x)
	case *big.Int:
		return MakeInt(x)
	case float64:
		return Float(x)
	case string:
		return Str(x)
	case []byte:
		return Bytes(x)
	}
	return None
}

func (c *compiler) exprs(list []syntax.Expr) []exprFn {
	out := make([]exprFn, len(list))
	for i, e := range list {
		out[i] = c.expr(e)
	}
	return out
}

func (c *compiler) optExpr(e syntax.Expr) exprFn {
	if e == nil {
		return nil
	}
	return c.expr(e)
}

func (c *compiler) expr(ex syntax.Expr) exprFn {
	switch e := ex.(type) {
	case *syntax.Constant:
		v := constValue(e.Value)
		return func(*Frame) (Value, error) { return v, nil }
	case *syntax.Name:
		return c.load(e)
	case *syntax.BinOp:
		return c.binop(e)
	case *syntax.UnaryOp:
		operand, op := c.expr(e.Operand), e.Op
		return func(fr *Frame) (Value, error) {
			v, err := operand(fr)
			if err != nil {
				return nil, err
			}
			if op == syntax.Not {
				b, err := Truth(fr.thread, v)
				if err != nil {
					return nil, fr.traced(err, e)
				}
				return Bool(!b), nil
			}
			r, err := Unary(fr.thread, op, v)
			if err != nil {
				return nil, fr.traced(err, e)
			}
			return r, nil
		}
	case *syntax.BoolOp:
		vals := c.exprs(e.Values)
		isAnd := e.Op == syntax.And
		return func(fr *Frame) (Value, error) {
			var v Value
			for i, f := range vals {
				var err error
				v, err = f(fr)
				if err != nil {
					return nil, err
				}
				if i == len(vals)-1 {
					break
				}
				b, err := Truth(fr.thread, v)
				if err != nil {
					return nil, fr.traced(err, e)
				}
				if b != isAnd {
					return v, nil
				}
			}
			return v, nil
		}
	case *syntax.Compare:
		c.checkIs(e)
		return c.compare(e)
	case *syntax.Call:
		c.checkCaller(e)
		return c.call(e)
	case *syntax.Attribute:
		obj, name := c.expr(e.Value), e.Attr
		return func(fr *Frame) (Value, error) {
			v, err := obj(fr)
			if err != nil {
				return nil, err
			}
			r, err := GetAttr(fr.thread, v, name)
			if err != nil {
				return nil, fr.traced(err, e)
			}
			return r, nil
		}
	case *syntax.Subscript:
		c.checkSubscript(e)
		obj, idx := c.expr(e.Value), c.expr(e.Slice)
		return func(fr *Frame) (Value, error) {
			v, err := obj(fr)
			if err != nil {
				return nil, err
			}
			k, err := idx(fr)
			if err != nil {
				return nil, err
			}
			if l, ok := v.(*List); ok {
				if i, ok := k.(Int); ok && i >= 0 && int(i) < len(l.Items) {
					return l.Items[i], nil
				}
			}
			r, err := GetItem(fr.thread, v, k)
			if err != nil {
				return nil, fr.traced(err, e)
			}
			return r, nil
		}
	case *syntax.Slice:
		lo, hi, st := c.optExpr(e.Lower), c.optExpr(e.Upper), c.optExpr(e.Step)
		return func(fr *Frame) (Value, error) {
			s := &Slice{Start: None, Stop: None, Step: None}
			for _, p := range []struct {
				f   exprFn
				dst *Value
			}{{lo, &s.Start}, {hi, &s.Stop}, {st, &s.Step}} {
				if p.f != nil {
					v, err := p.f(fr)
					if err != nil {
						return nil, err
					}
					*p.dst = v
				}
			}
			return s, nil
		}
	case *syntax.IfExp:
		test, body, orelse := c.expr(e.Test), c.expr(e.Body), c.expr(e.Orelse)
		return func(fr *Frame) (Value, error) {
			v, err := test(fr)
			if err != nil {
				return nil, err
			}
			b, err := Truth(fr.thread, v)
			if err != nil {
				return nil, fr.traced(err, e.Test)
			}
			if b {
				return body(fr)
			}
			return orelse(fr)
		}
	case *syntax.NamedExpr:
		val := c.expr(e.Value)
		store := c.storeName(e.Target.(*syntax.Name).Id)
		return func(fr *Frame) (Value, error) {
			v, err := val(fr)
			if err != nil {
				return nil, err
			}
			return v, store(fr, v)
		}
	case *syntax.List:
		items := c.elements(e.Elts)
		return func(fr *Frame) (Value, error) {
			vs, err := items(fr)
			if err != nil {
				return nil, err
			}
			return NewList(vs), nil
		}
	case *syntax.Tuple:
		items := c.elements(e.Elts)
		return func(fr *Frame) (Value, error) {
			vs, err := items(fr)
			if err != nil {
				return nil, err
			}
			return Tuple(vs), nil
		}
	case *syntax.Set:
		items := c.elements(e.Elts)
		// CPython builds a display of more than two constants from a
		// frozenset constant, which fixes its table layout.
		constant := len(e.Elts) > 2
		for _, x := range e.Elts {
			constant = constant && isFoldable(x)
		}
		return func(fr *Frame) (Value, error) {
			vs, err := items(fr)
			if err != nil {
				return nil, err
			}
			s := &Set{fromConstant: constant}
			for _, v := range vs {
				if err := s.Add(fr.thread, v); err != nil {
					return nil, fr.traced(err, e)
				}
			}
			return s, nil
		}
	case *syntax.Dict:
		return c.dict(e)
	case *syntax.JoinedStr:
		return c.joinedStr(e)
	case *syntax.FormattedValue:
		return c.formattedValue(e)
	case *syntax.Lambda:
		return c.makeFunction(e, "<lambda>", e.Args, nil, e.Body)
	case *syntax.ListComp, *syntax.SetComp, *syntax.DictComp, *syntax.GeneratorExp:
		return c.comprehension(e)
	case *syntax.Yield:
		val := c.optExpr(e.Value)
		return func(fr *Frame) (Value, error) {
			v := None
			if val != nil {
				var err error
				if v, err = val(fr); err != nil {
					return nil, err
				}
			}
			return fr.gen.yield(v)
		}
	case *syntax.YieldFrom:
		val := c.expr(e.Value)
		return func(fr *Frame) (Value, error) {
			v, err := val(fr)
			if err != nil {
				return nil, err
			}
			r, err := fr.gen.yieldFrom(fr.thread, v)
			if err != nil {
				return nil, fr.traced(err, e)
			}
			return r, nil
		}
	case *syntax.Starred:
		val := c.expr(e.Value)
		return func(fr *Frame) (Value, error) {
			_, err := val(fr)
			if err != nil {
				return nil, err
			}
			return nil, Errorf(SyntaxErrorType, "can't use starred expression here")
		}
	}
	panic("vm: unknown expression node")
}

// elements compiles the items of a list, tuple or set display, where
// *starred items are unpacked.
func (c *compiler) elements(elts []syntax.Expr) func(fr *Frame) ([]Value, error) {
	fns := make([]exprFn, len(elts))
	starred := make([]bool, len(elts))
	anyStar := false
	for i, el := range elts {
		if s, ok := el.(*syntax.Starred); ok {
			fns[i], starred[i], anyStar = c.expr(s.Value), true, true
		} else {
			fns[i] = c.expr(el)
		}
	}
	return func(fr *Frame) ([]Value, error) {
		out := make([]Value, 0, len(fns))
		for i, f := range fns {
			v, err := f(fr)
			if err != nil {
				return nil, err
			}
			if anyStar && starred[i] {
				items, err := toSlice(fr.thread, v)
				if err != nil {
					if ex, ok := err.(*Exception); ok && ex.Class == TypeErrorType && ex.Traceback == nil {
						err = fr.thread.typeErrorf("Value after * must be an iterable, not %s", typeName(v))
					}
					return nil, fr.traced(err, elts[i])
				}
				out = append(out, items...)
				continue
			}
			out = append(out, v)
		}
		return out, nil
	}
}

func (c *compiler) dict(e *syntax.Dict) exprFn {
	keys := make([]exprFn, len(e.Keys))
	for i, k := range e.Keys {
		keys[i] = c.optExpr(k)
	}
	vals := c.exprs(e.Values)
	return func(fr *Frame) (Value, error) {
		d := NewDict()
		for i := range vals {
			if keys[i] == nil {
				m, err := vals[i](fr)
				if err != nil {
					return nil, err
				}
				if err := dictUpdate(fr.thread, d, m); err != nil {
					return nil, fr.traced(err, e.Values[i])
				}
				continue
			}
			k, err := keys[i](fr)
			if err != nil {
				return nil, err
			}
			v, err := vals[i](fr)
			if err != nil {
				return nil, err
			}
			if err := d.Set(fr.thread, k, v); err != nil {
				return nil, fr.traced(err, e)
			}
		}
		return d, nil
	}
}

func (c *compiler) binop(e *syntax.BinOp) exprFn {
	l, r, op := c.expr(e.Left), c.expr(e.Right), e.Op
	return func(fr *Frame) (Value, error) {
		a, err := l(fr)
		if err != nil {
			return nil, err
		}
		b, err := r(fr)
		if err != nil {
			return nil, err
		}
		if v, ok := smallInts(op, a, b); ok {
			return v, nil
		}
		v, err := Binary(fr.thread, op, a, b)
		if err != nil {
			return nil, fr.traced(err, e)
		}
		return v, nil
	}
}

var cmpOps = map[syntax.CmpOperator]CmpOp{
	syntax.Eq: CmpEq, syntax.NotEq: CmpNe, syntax.Lt: CmpLt, syntax.LtE: CmpLe, syntax.Gt: CmpGt, syntax.GtE: CmpGe,
}

func compareOnce(t *Thread, op syntax.CmpOperator, a, b Value) (Value, error) {
	switch op {
	case syntax.Is:
		return Bool(Is(a, b)), nil
	case syntax.IsNot:
		return Bool(!Is(a, b)), nil
	case syntax.In, syntax.NotIn:
		in, err := Contains(t, b, a)
		return Bool(in == (op == syntax.In)), err
	}
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return cmpResult(cmpOps[op], cmpInt64(int64(x), int64(y))), nil
		}
	}
	return Compare(t, cmpOps[op], a, b)
}

func (c *compiler) compare(e *syntax.Compare) exprFn {
	left := c.expr(e.Left)
	rights := c.exprs(e.Comparators)
	ops := e.Ops
	return func(fr *Frame) (Value, error) {
		a, err := left(fr)
		if err != nil {
			return nil, err
		}
		var r Value
		for i, rf := range rights {
			b, err := rf(fr)
			if err != nil {
				return nil, err
			}
			r, err = compareOnce(fr.thread, ops[i], a, b)
			if err != nil {
				return nil, fr.traced(err, e)
			}
			if i < len(rights)-1 {
				ok, err := Truth(fr.thread, r)
				if err != nil {
					return nil, fr.traced(err, e)
				}
				if !ok {
					return r, nil
				}
			}
			a = b
		}
		return r, nil
	}
}

// ---- names ----

func (c *compiler) load(n *syntax.Name) exprFn {
	name := n.Id
	b := c.scope.Binding(name)
	switch b.Kind {
	case compile.Local:
		i := b.Index
		return func(fr *Frame) (Value, error) {
			if v := fr.Locals[i]; v != nil {
				return v, nil
			}
			return nil, fr.traced(unboundLocal(name), n)
		}
	case compile.Cell:
		i := b.Index
		free := c.isFree(name)
		return func(fr *Frame) (Value, error) {
			if v := fr.Locals[i].(*Cell).V; v != nil {
				return v, nil
			}
			if free {
				return nil, fr.traced(Errorf(NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name), n)
			}
			return nil, fr.traced(unboundLocal(name), n)
		}
	case compile.Name, compile.ClassDeref:
		i := b.Index
		deref := b.Kind == compile.ClassDeref
		return func(fr *Frame) (Value, error) {
			if v, ok := fr.NS.GetStr(name); ok {
				return v, nil
			}
			if deref {
				if v := fr.Locals[i].(*Cell).V; v != nil {
					return v, nil
				}
			}
			return fr.loadGlobal(name, n)
		}
	}
	return func(fr *Frame) (Value, error) { return fr.loadGlobal(name, n) }
}

func (fr *Frame) loadGlobal(name string, n syntax.Node) (Value, error) {
	if v, ok := fr.Globals.GetStr(name); ok {
		return v, nil
	}
	if v, ok := fr.thread.interp.builtins.GetStr(name); ok {
		return v, nil
	}
	e := Errorf(NameErrorType, "name '%s' is not defined", name)
	e.Dict.SetStr("name", Str(name))
	return nil, fr.traced(e, n)
}

func unboundLocal(name string) *Exception {
	e := Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
	e.Dict.SetStr("name", Str(name))
	return e
}

func (c *compiler) isFree(name string) bool {
	for _, f := range c.scope.Frees {
		if f.Name == name {
			return true
		}
	}
	return false
}

type storeFn func(fr *Frame, v Value) error

func (c *compiler) storeName(name string) storeFn {
	b := c.scope.Binding(name)
	switch b.Kind {
	case compile.Local:
		i := b.Index
		return func(fr *Frame, v Value) error {
			fr.thread.dropped(fr.Locals[i])
			fr.Locals[i] = v
			return nil
		}
	case compile.Cell:
		i := b.Index
		return func(fr *Frame, v Value) error {
			c := fr.Locals[i].(*Cell)
			fr.thread.dropped(c.V)
			c.V = v
			return nil
		}
	case compile.Name, compile.ClassDeref:
		return func(fr *Frame, v Value) error { return setName(fr, fr.NS, name, v) }
	}
	return func(fr *Frame, v Value) error { return setName(fr, fr.Globals, name, v) }
}

// setName binds name in a namespace dict, noting the value it replaces
// for finalization.
func setName(fr *Frame, ns *Dict, name string, v Value) error {
	if len(fr.thread.interp.fin.live) > 0 {
		if old, ok := ns.GetStr(name); ok {
			fr.thread.dropped(old)
		}
	}
	ns.SetStr(name, v)
	return nil
}

func (c *compiler) deleteName(n syntax.Node, name string) func(fr *Frame) error {
	b := c.scope.Binding(name)
	notDefined := func() error {
		e := Errorf(NameErrorType, "name '%s' is not defined", name)
		e.Dict.SetStr("name", Str(name))
		return e
	}
	switch b.Kind {
	case compile.Local:
		i := b.Index
		return func(fr *Frame) error {
			if fr.Locals[i] == nil {
				return unboundLocal(name)
			}
			fr.thread.dropped(fr.Locals[i])
			fr.Locals[i] = nil
			return nil
		}
	case compile.Cell:
		i := b.Index
		return func(fr *Frame) error {
			cell := fr.Locals[i].(*Cell)
			if cell.V == nil {
				return unboundLocal(name)
			}
			fr.thread.dropped(cell.V)
			cell.V = nil
			return nil
		}
	case compile.Name, compile.ClassDeref:
		return func(fr *Frame) error { return delName(fr, fr.NS, name, notDefined) }
	}
	return func(fr *Frame) error { return delName(fr, fr.Globals, name, notDefined) }
}

// delName unbinds name in a namespace dict.
func delName(fr *Frame, ns *Dict, name string, notDefined func() error) error {
	old, ok := ns.GetStr(name)
	if !ok || !ns.DelStr(name) {
		return notDefined()
	}
	fr.thread.dropped(old)
	return nil
}

// target compiles an assignment target.
func (c *compiler) target(tg syntax.Expr) storeFn {
	switch e := tg.(type) {
	case *syntax.Name:
		return c.storeName(e.Id)
	case *syntax.Attribute:
		obj, name := c.expr(e.Value), e.Attr
		return func(fr *Frame, v Value) error {
			o, err := obj(fr)
			if err != nil {
				return err
			}
			if err := SetAttr(fr.thread, o, name, v); err != nil {
				return fr.traced(err, e)
			}
			return nil
		}
	case *syntax.Subscript:
		obj, idx := c.expr(e.Value), c.expr(e.Slice)
		return func(fr *Frame, v Value) error {
			o, err := obj(fr)
			if err != nil {
				return err
			}
			k, err := idx(fr)
			if err != nil {
				return err
			}
			if err := SetItem(fr.thread, o, k, v); err != nil {
				return fr.traced(err, e)
			}
			return nil
		}
	case *syntax.Tuple:
		return c.unpack(e, e.Elts)
	case *syntax.List:
		return c.unpack(e, e.Elts)
	case *syntax.Starred:
		return c.target(e.Value)
	}
	panic("vm: bad assignment target")
}

func (c *compiler) unpack(n syntax.Node, elts []syntax.Expr) storeFn {
	stores := make([]storeFn, len(elts))
	star := -1
	for i, el := range elts {
		if _, ok := el.(*syntax.Starred); ok {
			star = i
		}
		stores[i] = c.target(el)
	}
	return func(fr *Frame, v Value) error {
		t := fr.thread
		var items []Value
		switch x := v.(type) {
		case Tuple:
			items = x
		case *List:
			items = append([]Value(nil), x.Items...)
		default:
			var err error
			items, err = toSlice(t, v)
			if err != nil {
				if ex, ok := err.(*Exception); ok && ex.Class == TypeErrorType && ex.Traceback == nil {
					err = t.typeErrorf("cannot unpack non-iterable %s object", typeName(v))
				}
				return fr.traced(err, n)
			}
		}
		if star < 0 {
			if len(items) != len(stores) {
				if len(items) > len(stores) {
					return fr.traced(t.valueErrorf("too many values to unpack (expected %d)", len(stores)), n)
				}
				return fr.traced(t.valueErrorf("not enough values to unpack (expected %d, got %d)", len(stores), len(items)), n)
			}
			for i, s := range stores {
				if err := s(fr, items[i]); err != nil {
					return err
				}
			}
			return nil
		}
		after := len(stores) - star - 1
		if len(items) < len(stores)-1 {
			return fr.traced(t.valueErrorf("not enough values to unpack (expected at least %d, got %d)", len(stores)-1, len(items)), n)
		}
		for i := 0; i < star; i++ {
			if err := stores[i](fr, items[i]); err != nil {
				return err
			}
		}
		mid := append([]Value(nil), items[star:len(items)-after]...)
		if err := stores[star](fr, NewList(mid)); err != nil {
			return err
		}
		for i := 0; i < after; i++ {
			if err := stores[star+1+i](fr, items[len(items)-after+i]); err != nil {
				return err
			}
		}
		return nil
	}
}

// ---- calls ----

type argSpec struct {
	pos     []exprFn
	star    []bool
	kwNames []string // "" for **mapping
	kw      []exprFn
	simple  bool
	// hasStarStar reports a **mapping argument, after which a keyword
	// may repeat one it supplied.
	hasStarStar bool
	nodes       []syntax.Node
}

func (c *compiler) args(e *syntax.Call) *argSpec {
	a := &argSpec{simple: true}
	for _, arg := range e.Args {
		if s, ok := arg.(*syntax.Starred); ok {
			a.pos = append(a.pos, c.expr(s.Value))
			a.star = append(a.star, true)
			a.simple = false
		} else {
			a.pos = append(a.pos, c.expr(arg))
			a.star = append(a.star, false)
		}
		a.nodes = append(a.nodes, arg)
	}
	for _, k := range e.Keywords {
		a.kwNames = append(a.kwNames, k.Arg)
		a.kw = append(a.kw, c.expr(k.Value))
		if k.Arg == "" {
			a.simple, a.hasStarStar = false, true
		}
	}
	return a
}

func (a *argSpec) eval(fr *Frame, fnv, self Value) ([]Value, []Kwarg, error) {
	t := fr.thread
	var args []Value
	if self != nil {
		args = make([]Value, 1, len(a.pos)+1)
		args[0] = self
	} else {
		args = make([]Value, 0, len(a.pos))
	}
	for i, f := range a.pos {
		v, err := f(fr)
		if err != nil {
			return nil, nil, err
		}
		if !a.simple && a.star[i] {
			items, err := toSlice(t, v)
			if err != nil {
				if ex, ok := err.(*Exception); ok && ex.Class == TypeErrorType && ex.Traceback == nil {
					err = t.typeErrorf("%s argument after * must be an iterable, not %s", callableName(fnv), typeName(v))
				}
				return nil, nil, err
			}
			args = append(args, items...)
			continue
		}
		args = append(args, v)
	}
	var kw []Kwarg
	for i, f := range a.kw {
		v, err := f(fr)
		if err != nil {
			return nil, nil, err
		}
		if name := a.kwNames[i]; name != "" {
			if a.hasStarStar && len(kw) > 0 {
				for _, prev := range kw {
					if prev.Name == name {
						return nil, nil, t.typeErrorf("%s got multiple values for keyword argument '%s'", callableName(fnv), name)
					}
				}
			}
			kw = append(kw, Kwarg{Name: name, Value: v})
			continue
		}
		d, ok := v.(*Dict)
		if !ok {
			if v.Type().Lookup("keys") == nil {
				return nil, nil, t.typeErrorf("%s argument after ** must be a mapping, not %s", callableName(fnv), typeName(v))
			}
			d = NewDict()
			if err := dictUpdate(t, d, v); err != nil {
				return nil, nil, err
			}
		}
		for _, kv := range d.Items() {
			k, ok := BaseOf(kv[0]).(Str)
			if !ok {
				return nil, nil, t.typeErrorf("keywords must be strings")
			}
			var key Value // a str subclass instance stays the key
			if _, plain := kv[0].(Str); !plain {
				key = kv[0]
			}
			for _, prev := range kw {
				if prev.Name == string(k) {
					return nil, nil, t.typeErrorf("%s got multiple values for keyword argument '%s'", callableName(fnv), string(k))
				}
			}
			kw = append(kw, Kwarg{Name: string(k), Value: kv[1], Key: key})
		}
	}
	return args, kw, nil
}

// callableName is how CPython names a callable in call-site argument
// errors (_PyObject_FunctionStr): "__main__.f()", "len()".
func callableName(fn Value) string {
	switch f := fn.(type) {
	case *Function:
		if m, ok := f.Globals.GetStr("__name__"); ok {
			if s, ok := m.(Str); ok && s != "builtins" {
				return string(s) + "." + f.Qualname + "()"
			}
		}
		return f.Qualname + "()"
	case *Builtin:
		return f.Name + "()"
	case *BoundMethod:
		return callableName(f.Func)
	case *Type:
		return f.QualifiedName() + "()"
	}
	return typeName(fn) + " object"
}

// attrLocation is where CPython 3.11 places a method call (or attribute
// access) in tracebacks: the whole expression, unless the attribute
// name is on a later line than the expression starts, as in a method
// chain split across lines; then from the name to the expression's end.
func attrLocation(e syntax.Node, attr *syntax.Attribute) syntax.Node {
	sp, at := e.Span(), attr.Span()
	if at.EndLine == sp.Line {
		return e
	}
	return &syntax.Base{Loc: syntax.Span{Line: at.EndLine, Col: at.EndCol - utf8.RuneCountInString(attr.Attr),
		EndLine: sp.EndLine, EndCol: sp.EndCol}}
}

func (c *compiler) call(e *syntax.Call) exprFn {
	top := c.topCall == e
	c.topCall = nil
	a := c.args(e)
	// Zero-argument super() needs the frame's first argument and __class__.
	if n, ok := e.Func.(*syntax.Name); ok && n.Id == "super" && len(e.Args) == 0 && len(e.Keywords) == 0 &&
		c.scope.Kind == compile.FunctionScope && c.scope.Binding("super").Kind == compile.Global {
		return c.superCall(e)
	}
	if attr, ok := e.Func.(*syntax.Attribute); ok {
		obj, name := c.expr(attr.Value), attr.Attr
		at, attrAt := attrLocation(e, attr), attrLocation(attr, attr)
		return func(fr *Frame) (Value, error) {
			o, err := obj(fr)
			if err != nil {
				return nil, err
			}
			t := fr.thread
			// A method found on an instance's class is called without
			// making a bound method.
			if inst, ok := o.(*Instance); ok {
				if m, ok := inst.Class.Lookup(name).(*Function); ok {
					if _, shadowed := inst.Dict.GetStr(name); !shadowed {
						return fr.invoke(e, top, a, m, inst, at)
					}
				}
			}
			fn, err := GetAttr(t, o, name)
			if err != nil {
				return nil, fr.traced(err, attrAt)
			}
			return fr.invoke(e, top, a, fn, nil, at)
		}
	}
	fnE := c.expr(e.Func)
	return func(fr *Frame) (Value, error) {
		fn, err := fnE(fr)
		if err != nil {
			return nil, err
		}
		return fr.invoke(e, top, a, fn, nil, e)
	}
}

// invoke makes the call e of fr: it evaluates the arguments a for fn
// (self, when not nil, first) and calls fn, with at in the traceback. When
// e is its statement's whole value (top), the objects with __del__ the
// statement has let go of before the call are finalized first, as CPython
// does: print(Temp().value) runs Temp's __del__ before print. Nothing but
// the callee and the arguments is in flight then, and they are held as
// roots while that runs.
func (fr *Frame) invoke(e *syntax.Call, top bool, a *argSpec, fn, self Value, at syntax.Node) (Value, error) {
	args, kw, err := a.eval(fr, fn, self)
	if err != nil {
		return nil, fr.traced(err, at)
	}
	t := fr.thread
	if top && len(t.interp.fin.suspects) > 0 {
		m := t.interp.fin.hold(fn, args, kw)
		err := t.collectAt()
		t.unhold(m)
		if err != nil {
			return nil, fr.traced(err, at)
		}
	}
	prev := fr.calling
	fr.calling = e
	r, err := t.CallKw(fn, args, kw)
	fr.calling = prev
	if err != nil {
		return nil, fr.traced(err, at)
	}
	return r, nil
}

func (c *compiler) superCall(e *syntax.Call) exprFn {
	load := c.load(e.Func.(*syntax.Name))
	classB := c.scope.Binding("__class__")
	hasArg := len(c.scope.Slots) > 0 && c.scope.Kind == compile.FunctionScope
	return func(fr *Frame) (Value, error) {
		fn, err := load(fr)
		if err != nil {
			return nil, err
		}
		if fn != superBuiltin {
			r, err := fr.thread.CallKw(fn, nil, nil)
			if err != nil {
				return nil, fr.traced(err, e)
			}
			return r, nil
		}
		if classB.Kind != compile.Cell {
			return nil, fr.traced(Errorf(RuntimeErrorType, "super(): __class__ cell not found"), e)
		}
		cls, _ := fr.Locals[classB.Index].(*Cell).V.(*Type)
		if cls == nil {
			return nil, fr.traced(Errorf(RuntimeErrorType, "super(): empty __class__ cell"), e)
		}
		if !hasArg || fr.Code.NArgs+fr.Code.NPosOnly == 0 && !fr.Code.VarArgs {
			return nil, fr.traced(Errorf(RuntimeErrorType, "super(): no arguments"), e)
		}
		self := fr.Locals[0]
		if cell, ok := self.(*Cell); ok {
			self = cell.V
		}
		s, err := newSuper(fr.thread, cls, self)
		if err != nil {
			return nil, fr.traced(err, e)
		}
		return s, nil
	}
}

func newSuper(t *Thread, cls *Type, obj Value) (*Super, error) {
	if tp, ok := obj.(*Type); ok && tp.IsSubtype(cls) {
		return &Super{This: cls, Obj: obj, ObjType: tp}, nil
	}
	if !obj.Type().IsSubtype(cls) {
		return nil, t.typeErrorf("super(type, obj): obj must be an instance or subtype of type")
	}
	return &Super{This: cls, Obj: obj, ObjType: obj.Type()}, nil
}

// ---- functions ----

// newCode compiles the body of a function-like scope.
func (c *compiler) newCode(n syntax.Node, args *syntax.Arguments) *Code {
	scope := c.info.Scope(n)
	code := &Code{Name: scope.Name, Qualname: scope.Qualname, Source: c.src, FirstLine: n.Span().Line,
		Scope: scope, NSlots: len(scope.Slots)}
	if args != nil {
		code.NPosOnly, code.NArgs, code.NKwOnly = len(args.Posonlyargs), len(args.Args), len(args.Kwonlyargs)
		code.VarArgs, code.VarKw = args.Vararg != nil, args.Kwarg != nil
		code.ParamNames = scope.Slots[:code.NPosOnly+code.NArgs+code.NKwOnly]
	}
	return code
}

// makeFunction compiles a def (body != nil) or lambda (expr != nil) and
// returns the closure that creates the function object at run time.
func (c *compiler) makeFunction(n syntax.Node, name string, args *syntax.Arguments, body []syntax.Stmt, expr syntax.Expr) exprFn {
	defaults := c.exprs(args.Defaults)
	annotations := c.annotations(n, args)
	kwdefs := make([]exprFn, len(args.KwDefaults))
	for i, d := range args.KwDefaults {
		kwdefs[i] = c.optExpr(d)
	}
	outer := c.scope
	code := c.newCode(n, args)
	c.scope = code.Scope
	if body != nil {
		code.body = c.block(body)
		code.doc = docstring(body)
		code.cleanup = code.Scope.Generator && hasCleanup(body)
	} else {
		ret := c.expr(expr)
		if code.Scope.Generator {
			code.body = func(fr *Frame) (ctl, error) {
				_, err := ret(fr)
				return ctlNone, fr.traced(err, expr)
			}
		} else {
			code.body = func(fr *Frame) (ctl, error) {
				fr.node = expr
				v, err := ret(fr)
				if err != nil {
					return ctlNone, fr.traced(err, expr)
				}
				fr.retval = v
				return ctlReturn, nil
			}
		}
	}
	c.scope = outer
	kwNames := make([]string, len(args.Kwonlyargs))
	for i, a := range args.Kwonlyargs {
		kwNames[i] = a.Arg
	}
	return func(fr *Frame) (Value, error) {
		fn := &Function{Code: code, Globals: fr.Globals, Name: code.Name, Qualname: code.Qualname, Dict: NewDict()}
		if code.doc != nil {
			fn.Dict.SetStr("__doc__", code.doc)
		}
		if len(defaults) > 0 {
			fn.Defaults = make(Tuple, len(defaults))
			for i, d := range defaults {
				v, err := d(fr)
				if err != nil {
					return nil, err
				}
				fn.Defaults[i] = v
			}
		}
		for i, d := range kwdefs {
			if d == nil {
				continue
			}
			v, err := d(fr)
			if err != nil {
				return nil, err
			}
			if fn.KwDefaults == nil {
				fn.KwDefaults = map[string]Value{}
			}
			fn.KwDefaults[kwNames[i]] = v
		}
		if len(annotations) > 0 {
			d := NewDict()
			for _, a := range annotations {
				v, err := a.value(fr)
				if err != nil {
					return nil, err
				}
				d.SetStr(a.name, v)
			}
			fn.Dict.SetStr("__annotations__", d)
		}
		fn.Closure = closureOf(fr, code.Scope)
		return fn, nil
	}
}

// hasCleanup reports whether a function body has a try or with
// statement of its own (not in nested functions or classes).
func hasCleanup(body []syntax.Stmt) bool {
	found := false
	for _, s := range body {
		syntax.Inspect(s, func(n syntax.Node) bool {
			switch n.(type) {
			case *syntax.Try, *syntax.With:
				found = true
			case *syntax.FunctionDef, *syntax.ClassDef, *syntax.Lambda:
				return false
			}
			return !found
		})
	}
	return found
}

// docstring returns the documentation string of a body (a string
// literal as its first statement), or nil.
func docstring(body []syntax.Stmt) Value {
	if len(body) > 0 {
		if es, ok := body[0].(*syntax.ExprStmt); ok {
			if k, ok := es.Value.(*syntax.Constant); ok {
				if s, ok := k.Value.(string); ok {
					return Str(s)
				}
			}
		}
	}
	return nil
}

// annotation is one entry of a function's __annotations__.
type annotation struct {
	name  string
	value exprFn
}

// annotations compiles the parameter and return annotations of a def, in
// CPython's order.
func (c *compiler) annotations(n syntax.Node, args *syntax.Arguments) []annotation {
	var out []annotation
	add := func(a *syntax.Arg) {
		if a != nil && a.Annotation != nil {
			out = append(out, annotation{a.Arg, c.expr(a.Annotation)})
		}
	}
	for _, list := range [][]*syntax.Arg{args.Posonlyargs, args.Args, {args.Vararg}, args.Kwonlyargs, {args.Kwarg}} {
		for _, a := range list {
			add(a)
		}
	}
	if fd, ok := n.(*syntax.FunctionDef); ok && fd.Returns != nil {
		out = append(out, annotation{"return", c.expr(fd.Returns)})
	}
	return out
}

func closureOf(fr *Frame, s *compile.Scope) []*Cell {
	if len(s.Frees) == 0 {
		return nil
	}
	cells := make([]*Cell, len(s.Frees))
	for i, f := range s.Frees {
		cells[i] = fr.Locals[f.Outer].(*Cell)
	}
	return cells
}
