package vm

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/syntax"
)

// CallKw calls a Python callable with positional and keyword arguments.
func (t *Thread) CallKw(fn Value, args []Value, kw []Kwarg) (Value, error) {
	switch f := fn.(type) {
	case *Function:
		return t.callFunction(f, args, kw)
	case *Builtin:
		if f.Self != nil {
			all := make([]Value, 0, len(args)+1)
			return t.callBuiltin(f, append(append(all, f.Self), args...), kw)
		}
		return t.callBuiltin(f, args, kw)
	case *BoundMethod:
		all := make([]Value, 0, len(args)+1)
		return t.CallKw(f.Func, append(append(all, f.Self), args...), kw)
	case *Type:
		return t.construct(f, args, kw)
	case *StaticMethod:
		return t.CallKw(f.Func, args, kw)
	}
	if m := fn.Type().Lookup("__call__"); m != nil {
		all := make([]Value, 0, len(args)+1)
		bound, err := bindAttr(t, m, fn, fn.Type())
		if err != nil {
			return nil, err
		}
		_ = all
		return t.CallKw(bound, args, kw)
	}
	return nil, t.typeErrorf("'%s' object is not callable", typeName(fn))
}

func (t *Thread) callBuiltin(f *Builtin, args []Value, kw []Kwarg) (Value, error) {
	if f.Owner != nil {
		if len(args) == 0 {
			return nil, t.typeErrorf("unbound method %s.%s() needs an argument", f.Owner.Name, f.Name)
		}
		if !args[0].Type().IsSubtype(f.Owner) {
			return nil, t.typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f.Name, f.Owner.Name, typeName(args[0]))
		}
	}
	t.depth++
	if t.depth > t.interp.limit+50 {
		t.depth--
		return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded while calling a Python object")
	}
	// The arguments stay roots while the builtin runs: it may call Python
	// code that lets go of its own references to them (sorted's key).
	fin := &t.interp.fin
	hold := len(fin.live) > 0
	var m holdMark
	if hold {
		m = fin.hold(nil, args, kw)
	}
	r, err := f.Fn(t, f.receiver(args), kw)
	t.depth--
	if hold {
		t.unhold(m)
	}
	t.handBack()
	return r, err
}

// callFunction runs a Python function: binds the arguments to a new
// frame's slots and executes the body (or makes a generator).
func (t *Thread) callFunction(fn *Function, args []Value, kw []Kwarg) (Value, error) {
	code := fn.Code
	fr := newFrame(t, code, fn.Globals)
	if err := t.bindArgs(fn, fr.Locals, args, kw); err != nil {
		return nil, err
	}
	for _, slot := range code.Scope.CellSlots {
		fr.Locals[slot] = &Cell{V: fr.Locals[slot]}
	}
	for i, f := range code.Scope.Frees {
		fr.Locals[f.Slot] = fn.Closure[i]
	}
	if code.Scope.Generator {
		return newGenerator(t, fr, fn), nil
	}
	return t.runFrame(fr)
}

// runFrame executes a function frame on the thread's stack.
func (t *Thread) runFrame(fr *Frame) (Value, error) {
	if t.depth+1 >= t.interp.limit {
		return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	fr.Back = t.frame
	t.frame = fr
	t.depth++
	if t.obs != nil {
		t.observe(&Event{Kind: EvCall, Span: fr.Code.defSpan()})
	}
	_, err := fr.Code.body(fr)
	if t.obs != nil {
		if err != nil {
			ev := &Event{Kind: EvUnwind, Reason: ReasonException}
			if e, ok := err.(*Exception); ok {
				ev.Exc = e
			} else {
				ev.Reason = ReasonHardStop
			}
			if fr.node != nil {
				ev.Span = fr.node.Span()
			}
			t.observe(ev)
		} else {
			ev := &Event{Kind: EvReturn}
			if fr.node != nil {
				ev.Span = fr.node.Span()
			}
			t.observe(ev)
		}
	}
	t.depth--
	t.handBack()
	t.frame = fr.Back
	t.droppedAll(fr.Locals)
	if err != nil {
		return nil, err
	}
	if fr.retval == nil {
		return None, nil
	}
	return fr.retval, nil
}

func (c *Code) defSpan() (sp syntax.Span) {
	if c.Scope != nil && c.Scope.Node != nil {
		return c.Scope.Node.Span()
	}
	return sp
}

// bindArgs binds call arguments to parameter slots, with CPython's error
// messages.
func (t *Thread) bindArgs(fn *Function, slots []Value, args []Value, kw []Kwarg) error {
	code := fn.Code
	npos := code.NPosOnly + code.NArgs
	name := fn.Qualname
	if len(args) > npos && !code.VarArgs {
		return t.tooManyPositional(fn, len(args), kw)
	}
	n := min(len(args), npos)
	copy(slots, args[:n])
	idx := npos + code.NKwOnly
	if code.VarArgs {
		if len(args) > npos {
			slots[idx] = append(Tuple(nil), args[npos:]...)
		} else {
			slots[idx] = Tuple{}
		}
		idx++
	}
	var kwdict *Dict
	if code.VarKw {
		kwdict = NewDict()
		slots[idx] = kwdict
	}
	for _, k := range kw {
		found := false
		for i := code.NPosOnly; i < npos+code.NKwOnly; i++ {
			if code.ParamNames[i] == k.Name {
				if slots[i] != nil {
					return t.typeErrorf("%s() got multiple values for argument '%s'", name, k.Name)
				}
				slots[i] = k.Value
				found = true
				break
			}
		}
		if found {
			continue
		}
		if kwdict != nil {
			if err := k.storeIn(t, kwdict); err != nil {
				return err
			}
			continue
		}
		for i := 0; i < code.NPosOnly; i++ {
			if code.ParamNames[i] == k.Name {
				return t.typeErrorf("%s() got some positional-only arguments passed as keyword arguments: '%s'", name, k.Name)
			}
		}
		return t.typeErrorf("%s() got an unexpected keyword argument '%s'", name, k.Name)
	}
	// Defaults and missing arguments.
	ndef := len(fn.Defaults)
	var missing []string
	for i := 0; i < npos; i++ {
		if slots[i] != nil {
			continue
		}
		if d := i - (npos - ndef); d >= 0 {
			slots[i] = fn.Defaults[d]
			continue
		}
		missing = append(missing, code.ParamNames[i])
	}
	if len(missing) > 0 {
		return t.missingArgs(name, "positional", missing)
	}
	for i := npos; i < npos+code.NKwOnly; i++ {
		if slots[i] != nil {
			continue
		}
		if d, ok := fn.KwDefaults[code.ParamNames[i]]; ok {
			slots[i] = d
			continue
		}
		missing = append(missing, code.ParamNames[i])
	}
	if len(missing) > 0 {
		return t.missingArgs(name, "keyword-only", missing)
	}
	return nil
}

func (t *Thread) missingArgs(name, kind string, missing []string) error {
	quoted := make([]string, len(missing))
	for i, m := range missing {
		quoted[i] = "'" + m + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := "s"
	if len(missing) == 1 {
		s = ""
	}
	return t.typeErrorf("%s() missing %d required %s argument%s: %s", name, len(missing), kind, s, list)
}

func (t *Thread) tooManyPositional(fn *Function, given int, kw []Kwarg) error {
	code := fn.Code
	npos := code.NPosOnly + code.NArgs
	ndef := len(fn.Defaults)
	var takes string
	if ndef > 0 {
		takes = "from " + itoa(npos-ndef) + " to " + itoa(npos)
	} else {
		takes = itoa(npos)
	}
	plural := "s"
	if npos == 1 && ndef == 0 {
		plural = ""
	}
	kwonly := 0
	for _, k := range kw {
		for i := npos; i < npos+code.NKwOnly; i++ {
			if code.ParamNames[i] == k.Name {
				kwonly++
			}
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwonly > 0 {
		kp := "s"
		if kwonly == 1 {
			kp = ""
		}
		return t.typeErrorf("%s() takes %s positional argument%s but %d positional argument%s (and %d keyword-only argument%s) were given",
			fn.Qualname, takes, plural, given, pluralS(given), kwonly, kp)
	}
	return t.typeErrorf("%s() takes %s positional argument%s but %d %s given", fn.Qualname, takes, plural, given, was)
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// construct is type.__call__: cls(*args, **kw).
func (t *Thread) construct(cls *Type, args []Value, kw []Kwarg) (Value, error) {
	if cls.callFn != nil {
		return cls.callFn(t, cls, args, kw)
	}
	if cls == TypeType {
		if len(args) == 1 && len(kw) == 0 {
			return args[0].Type(), nil
		}
		return nil, t.typeErrorf("type() takes 1 or 3 arguments")
	}
	var obj Value
	var err error
	newM := cls.Lookup("__new__")
	if f, ok := newM.(*StaticMethod); ok {
		newM = f.Func
	}
	if f, ok := newM.(*Function); ok {
		all := append([]Value{cls}, args...)
		obj, err = t.callFunction(f, all, kw)
	} else {
		if cls.newFn == nil {
			return nil, t.typeErrorf("cannot create '%s' instances", cls.QualifiedName())
		}
		obj, err = cls.newFn(t, cls, args, kw)
	}
	if err != nil {
		return nil, err
	}
	if !obj.Type().IsSubtype(cls) {
		return obj, nil
	}
	init := cls.Lookup("__init__")
	if b, ok := init.(*Builtin); ok && b == objectInit {
		if (len(args) > 0 || len(kw) > 0) && cls.base == ObjectType {
			if _, userNew := cls.Lookup("__new__").(*Function); !userNew {
				return nil, t.typeErrorf("%s() takes no arguments", cls.Name)
			}
		}
		return obj, nil
	}
	r, err := t.callMethodKw(init, obj, args, kw)
	if err != nil {
		return nil, err
	}
	if r != None {
		return nil, t.typeErrorf("__init__() should return None, not '%s'", typeName(r))
	}
	return obj, nil
}

func (t *Thread) callMethodKw(m Value, self Value, args []Value, kw []Kwarg) (Value, error) {
	all := make([]Value, 0, len(args)+1)
	all = append(append(all, self), args...)
	switch f := m.(type) {
	case *Function:
		return t.callFunction(f, all, kw)
	case *Builtin:
		return t.callBuiltin(f, all, kw)
	}
	bound, err := bindAttr(t, m, self, self.Type())
	if err != nil {
		return nil, err
	}
	return t.CallKw(bound, args, kw)
}

// Callable reports whether v can be called (callable(v)).
func Callable(v Value) bool {
	switch v.(type) {
	case *Function, *Builtin, *BoundMethod, *Type:
		return true
	}
	return v.Type().Lookup("__call__") != nil
}
