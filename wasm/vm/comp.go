package vm

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/syntax"
)

// comprehension compiles a list/set/dict comprehension or generator
// expression into a nested function called with iter(first iterable), as
// CPython does (so tracebacks show "in <listcomp>").
func (c *compiler) comprehension(e syntax.Expr) exprFn {
	var gens []*syntax.Comprehension
	var elt, key syntax.Expr
	switch x := e.(type) {
	case *syntax.ListComp:
		gens, elt = x.Generators, x.Elt
	case *syntax.SetComp:
		gens, elt = x.Generators, x.Elt
	case *syntax.DictComp:
		gens, key, elt = x.Generators, x.Key, x.Value
	case *syntax.GeneratorExp:
		gens, elt = x.Generators, x.Elt
	}
	first := c.expr(gens[0].Iter)
	outer := c.scope
	code := c.newCode(e, nil)
	code.NArgs = 1
	code.ParamNames = []string{".0"}
	c.scope = code.Scope
	type level struct {
		iter  exprFn
		store storeFn
		ifs   []exprFn
		node  syntax.Node
	}
	levels := make([]level, len(gens))
	for i, g := range gens {
		if i > 0 {
			levels[i].iter = c.expr(g.Iter)
		}
		levels[i].store = c.target(g.Target)
		levels[i].ifs = c.exprs(g.Ifs)
		levels[i].node = g.Iter
	}
	eltF := c.expr(elt)
	var keyF exprFn
	if key != nil {
		keyF = c.expr(key)
	}
	c.scope = outer
	var emit func(fr *Frame, acc Value) error
	var newAcc func() Value
	switch e.(type) {
	case *syntax.ListComp:
		newAcc = func() Value { return NewList(nil) }
		emit = func(fr *Frame, acc Value) error {
			v, err := eltF(fr)
			if err != nil {
				return err
			}
			l := acc.(*List)
			l.Items = append(l.Items, v)
			return nil
		}
	case *syntax.SetComp:
		newAcc = func() Value { return NewSet() }
		emit = func(fr *Frame, acc Value) error {
			v, err := eltF(fr)
			if err != nil {
				return err
			}
			return fr.traced(acc.(*Set).Add(fr.thread, v), elt)
		}
	case *syntax.DictComp:
		newAcc = func() Value { return NewDict() }
		emit = func(fr *Frame, acc Value) error {
			k, err := keyF(fr)
			if err != nil {
				return err
			}
			v, err := eltF(fr)
			if err != nil {
				return err
			}
			return fr.traced(acc.(*Dict).Set(fr.thread, k, v), key)
		}
	case *syntax.GeneratorExp:
		newAcc = func() Value { return None }
		emit = func(fr *Frame, acc Value) error {
			v, err := eltF(fr)
			if err != nil {
				return err
			}
			_, err = fr.gen.yield(v)
			return err
		}
	}
	var run func(fr *Frame, i int, it Value, acc Value) error
	run = func(fr *Frame, i int, it Value, acc Value) error {
		t := fr.thread
		lv := &levels[i]
	next:
		for {
			x, ok, err := Next(t, it)
			if err != nil {
				return fr.traced(err, lv.node)
			}
			if !ok {
				return nil
			}
			if err := lv.store(fr, x); err != nil {
				return err
			}
			for _, cond := range lv.ifs {
				v, err := cond(fr)
				if err != nil {
					return err
				}
				b, err := Truth(t, v)
				if err != nil {
					return err
				}
				if !b {
					continue next
				}
			}
			if i+1 < len(levels) {
				src, err := levels[i+1].iter(fr)
				if err != nil {
					return err
				}
				it2, err := Iterate(t, src)
				if err != nil {
					return fr.traced(err, levels[i+1].node)
				}
				if err := run(fr, i+1, it2, acc); err != nil {
					return err
				}
				continue
			}
			if err := emit(fr, acc); err != nil {
				return err
			}
		}
	}
	code.body = func(fr *Frame) (ctl, error) {
		fr.node = e
		acc := newAcc()
		if err := run(fr, 0, fr.Locals[0], acc); err != nil {
			return ctlNone, err
		}
		fr.retval = acc
		return ctlReturn, nil
	}
	return func(fr *Frame) (Value, error) {
		src, err := first(fr)
		if err != nil {
			return nil, err
		}
		it, err := Iterate(fr.thread, src)
		if err != nil {
			return nil, fr.traced(err, gens[0].Iter)
		}
		fn := &Function{Code: code, Globals: fr.Globals, Name: code.Name, Qualname: code.Qualname,
			Closure: closureOf(fr, code.Scope), Dict: NewDict()}
		r, err := fr.thread.callFunction(fn, []Value{it}, nil)
		if err != nil {
			return nil, fr.traced(err, e)
		}
		return r, nil
	}
}

func (c *compiler) joinedStr(e *syntax.JoinedStr) exprFn {
	parts := c.exprs(e.Values)
	return func(fr *Frame) (Value, error) {
		var b strings.Builder
		for _, p := range parts {
			v, err := p(fr)
			if err != nil {
				return nil, err
			}
			b.WriteString(string(v.(Str)))
		}
		return Str(b.String()), nil
	}
}

func (c *compiler) formattedValue(e *syntax.FormattedValue) exprFn {
	val := c.expr(e.Value)
	spec := c.optExpr(e.FormatSpec)
	conv := e.Conversion
	return func(fr *Frame) (Value, error) {
		t := fr.thread
		v, err := val(fr)
		if err != nil {
			return nil, err
		}
		switch conv {
		case syntax.ConvStr:
			s, err := ToStr(t, v)
			if err != nil {
				return nil, fr.traced(err, e)
			}
			v = Str(s)
		case syntax.ConvRepr:
			s, err := Repr(t, v)
			if err != nil {
				return nil, fr.traced(err, e)
			}
			v = Str(s)
		case syntax.ConvASCII:
			s, err := Repr(t, v)
			if err != nil {
				return nil, fr.traced(err, e)
			}
			v = Str(asciiEscape(s))
		}
		sp := ""
		if spec != nil {
			s, err := spec(fr)
			if err != nil {
				return nil, err
			}
			sp = string(s.(Str))
		}
		if s, ok := v.(Str); ok && sp == "" {
			return s, nil
		}
		r, err := Format(t, v, sp)
		if err != nil {
			return nil, fr.traced(err, e)
		}
		return Str(r), nil
	}
}
