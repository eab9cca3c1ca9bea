package vm

import (
	"sort"
	"strconv"
)

// GetAttr is getattr(v, name).
func GetAttr(t *Thread, v Value, name string) (Value, error) {
	switch x := v.(type) {
	case *Module:
		if r, ok := x.Globals.GetStr(name); ok {
			return r, nil
		}
		if name == "__dict__" {
			return x.Globals, nil
		}
		if g, ok := x.Globals.GetStr("__getattr__"); ok {
			return t.Call(g, Str(name))
		}
		e := Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", x.Name, name)
		e.Dict.SetStr("name", Str(name))
		e.Dict.SetStr("obj", v)
		return nil, e
	case *Type:
		return typeGetAttr(t, x, name)
	case *Super:
		return x.getAttr(t, name)
	}
	tp := v.Type()
	descr := tp.Lookup(name)
	if p, ok := descr.(*Property); ok {
		if p.Get == nil || p.Get == None {
			return nil, Errorf(AttributeErrorType, "property '%s' of '%s' object has no getter", name, tp.Name)
		}
		return t.Call(p.Get, v)
	}
	if r, ok := specialAttr(t, v, name); ok {
		return r, nil
	}
	if d := instanceDict(v); d != nil {
		if r, ok := d.GetStr(name); ok {
			return r, nil
		}
	}
	if descr != nil {
		return bindAttr(t, descr, v, tp)
	}
	if ga := tp.Lookup("__getattr__"); ga != nil {
		return t.callMethod(ga, v, Str(name))
	}
	return nil, attributeError(v, name)
}

func attributeError(v Value, name string) *Exception {
	e := Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typeName(v), name)
	e.Dict.SetStr("name", Str(name))
	e.Dict.SetStr("obj", v)
	return e
}

// instanceDict returns the __dict__ of objects that have one.
func instanceDict(v Value) *Dict {
	switch x := v.(type) {
	case *Instance:
		return x.Dict
	case *Exception:
		return x.Dict
	case *Function:
		return x.Dict
	}
	return nil
}

// bindAttr turns a class attribute found for instance v into what
// v.name evaluates to.
func bindAttr(t *Thread, descr, v Value, tp *Type) (Value, error) {
	switch d := descr.(type) {
	case *Function:
		return &BoundMethod{Self: v, Func: d}, nil
	case *Builtin:
		if d.Self == nil {
			bound := *d
			bound.Self = v
			return &bound, nil
		}
	case *StaticMethod:
		return d.Func, nil
	case *ClassMethod:
		return &BoundMethod{Self: tp, Func: d.Func}, nil
	case *Property:
		return t.Call(d.Get, v)
	case *Instance:
		if g := d.Class.Lookup("__get__"); g != nil {
			return t.callMethod(g, d, v, tp)
		}
	}
	return descr, nil
}

func typeGetAttr(t *Thread, tp *Type, name string) (Value, error) {
	if r := tp.Lookup(name); r != nil {
		switch d := r.(type) {
		case *ClassMethod:
			return &BoundMethod{Self: tp, Func: d.Func}, nil
		case *StaticMethod:
			return d.Func, nil
		case *Instance:
			if g := d.Class.Lookup("__get__"); g != nil {
				return t.callMethod(g, d, None, tp)
			}
		}
		return r, nil
	}
	switch name {
	case "__name__":
		return Str(tp.Name), nil
	case "__qualname__":
		return Str(tp.Qualname), nil
	case "__module__":
		return Str(tp.Module), nil
	case "__mro__":
		return typesTuple(tp.MRO), nil
	case "__bases__":
		return typesTuple(tp.Bases), nil
	case "__base__":
		if len(tp.Bases) == 0 {
			return None, nil
		}
		return tp.Bases[0], nil
	case "__dict__":
		return tp.Dict, nil
	case "__doc__":
		if d, ok := tp.Dict.GetStr("__doc__"); ok {
			return d, nil
		}
		return None, nil
	case "mro":
		return &Builtin{Name: "mro", Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return NewList(typesTuple(tp.MRO)), nil
		}}, nil
	case "__subclasses__":
		return &Builtin{Name: "__subclasses__", Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return NewList(nil), nil
		}}, nil
	}
	if r := TypeType.Lookup(name); r != nil {
		return bindAttr(t, r, tp, TypeType)
	}
	e := Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", tp.Qualname, name)
	e.Dict.SetStr("name", Str(name))
	e.Dict.SetStr("obj", tp)
	return nil, e
}

func typesTuple(ts []*Type) Tuple {
	out := make(Tuple, len(ts))
	for i, c := range ts {
		out[i] = c
	}
	return out
}

// specialAttr serves the attributes of built-in objects that live in Go
// fields rather than in a dict.
func specialAttr(t *Thread, v Value, name string) (Value, bool) {
	if name == "__class__" {
		return v.Type(), true
	}
	switch x := v.(type) {
	case *Exception:
		switch name {
		case "args":
			return x.Args, true
		case "__traceback__":
			if x.Traceback == nil {
				return None, true
			}
			return x.Traceback, true
		case "__cause__":
			return excOrNone(x.Cause), true
		case "__context__":
			return excOrNone(x.Context), true
		case "__suppress_context__":
			return Bool(x.SuppressContext), true
		case "__dict__":
			return x.Dict, true
		}
	case *Function:
		switch name {
		case "__name__":
			return Str(x.Name), true
		case "__qualname__":
			return Str(x.Qualname), true
		case "__module__":
			if m, ok := x.Globals.GetStr("__name__"); ok {
				return m, true
			}
			return None, true
		case "__defaults__":
			if x.Defaults == nil {
				return None, true
			}
			return x.Defaults, true
		case "__code__":
			return x.Code, true
		case "__globals__":
			return x.Globals, true
		case "__dict__":
			return x.Dict, true
		case "__doc__":
			if d, ok := x.Dict.GetStr("__doc__"); ok {
				return d, true
			}
			return None, true
		case "__annotations__":
			d, ok := x.Dict.GetStr("__annotations__")
			if !ok {
				d = NewDict()
				x.Dict.SetStr("__annotations__", d)
			}
			return d, true
		case "__closure__":
			if len(x.Closure) == 0 {
				return None, true
			}
			out := make(Tuple, len(x.Closure))
			for i, c := range x.Closure {
				out[i] = c
			}
			return out, true
		}
	case *Builtin:
		switch name {
		case "__name__", "__qualname__":
			return Str(x.Name), true
		case "__self__":
			if x.Self == nil {
				return None, true
			}
			return x.Self, true
		case "__module__":
			return Str(x.Module), true
		case "__doc__":
			return None, true
		}
	case *BoundMethod:
		switch name {
		case "__self__":
			return x.Self, true
		case "__func__":
			return x.Func, true
		case "__name__", "__qualname__", "__doc__", "__module__":
			r, err := GetAttr(t, x.Func, name)
			return r, err == nil
		}
	case *Instance:
		if name == "__dict__" {
			return x.Dict, true
		}
		if x.Base != nil {
			return specialAttr(t, x.Base, name) // int's real, imag, ...
		}
	case *Code:
		switch name {
		case "co_name":
			return Str(x.Name), true
		case "co_filename":
			return Str(x.Source.Filename), true
		case "co_qualname":
			return Str(x.Qualname), true
		case "co_firstlineno":
			return Int(x.FirstLine), true
		case "co_argcount":
			return Int(x.NPosOnly + x.NArgs), true
		}
	case *Frame:
		switch name {
		case "f_code":
			return x.Code, true
		case "f_lineno":
			return Int(x.Line()), true
		case "f_globals":
			return x.Globals, true
		case "f_back":
			if x.Back == nil {
				return None, true
			}
			return x.Back, true
		case "f_locals":
			return frameLocals(x), true
		}
	case *Traceback:
		switch name {
		case "tb_frame":
			return x.Frame, true
		case "tb_lineno":
			return Int(x.Node.Span().Line), true
		case "tb_next":
			if x.Next == nil {
				return None, true
			}
			return x.Next, true
		}
	case *Property:
		switch name {
		case "fget":
			return orNone(x.Get), true
		case "fset":
			return orNone(x.Set), true
		case "fdel":
			return orNone(x.Del), true
		case "__doc__":
			return orNone(x.Doc), true
		}
	case *StaticMethod:
		if name == "__func__" {
			return x.Func, true
		}
	case *ClassMethod:
		if name == "__func__" {
			return x.Func, true
		}
	case *Cell:
		if name == "cell_contents" && x.V != nil {
			return x.V, true
		}
	case *Slice:
		switch name {
		case "start":
			return x.Start, true
		case "stop":
			return x.Stop, true
		case "step":
			return x.Step, true
		}
	case *GenericAlias:
		switch name {
		case "__origin__":
			return x.Origin, true
		case "__args__":
			return x.Args, true
		}
	case *Range, *BigRange:
		start, stop, step, _, _ := bigBounds(x)
		switch name {
		case "start":
			return MakeInt(start), true
		case "stop":
			return MakeInt(stop), true
		case "step":
			return MakeInt(step), true
		}
	case Int, Bool, *BigInt:
		switch name {
		case "real", "numerator":
			if b, ok := x.(Bool); ok {
				return b2i(b), true
			}
			return x, true
		case "imag":
			return Int(0), true
		case "denominator":
			return Int(1), true
		}
	case Float:
		switch name {
		case "real":
			return x, true
		case "imag":
			return Float(0), true
		}
	case *Generator:
		switch name {
		case "__name__":
			return Str(x.fn.Name), true
		case "__qualname__":
			return Str(x.fn.Qualname), true
		case "gi_frame":
			if x.done {
				return None, true
			}
			return x.frame, true
		case "gi_running":
			return Bool(x.running), true
		case "gi_code":
			return x.fn.Code, true
		}
	}
	return nil, false
}

func excOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return e
}

func orNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

func frameLocals(fr *Frame) Value {
	if fr.NS != nil {
		return fr.NS
	}
	if fr.Code.Scope == nil || fr.Code.Scope.Parent == nil {
		return fr.Globals
	}
	d := NewDict()
	for i, name := range fr.Code.Scope.Slots {
		v := fr.Locals[i]
		if c, ok := v.(*Cell); ok {
			v = c.V
		}
		if v != nil {
			d.SetStr(name, v)
		}
	}
	return d
}

// SetAttr is setattr(v, name, val).
func SetAttr(t *Thread, v Value, name string, val Value) error {
	tp := v.Type()
	if _, isInst := v.(*Instance); isInst || tp.Lookup("__setattr__") != objectSetattr {
		if sa := tp.Lookup("__setattr__"); sa != nil && sa != objectSetattr {
			_, err := t.callMethod(sa, v, Str(name), val)
			return err
		}
	}
	return genericSetAttr(t, v, name, val)
}

func genericSetAttr(t *Thread, v Value, name string, val Value) error {
	tp := v.Type()
	if p, ok := tp.Lookup(name).(*Property); ok {
		if p.Set == nil || p.Set == None {
			return Errorf(AttributeErrorType, "property '%s' of '%s' object has no setter", name, tp.Name)
		}
		_, err := t.Call(p.Set, v, val)
		return err
	}
	switch x := v.(type) {
	case *Instance:
		if x.Class == ObjectType {
			return attributeError(v, name)
		}
		if len(t.interp.fin.live) > 0 {
			if old, ok := x.Dict.GetStr(name); ok {
				t.dropped(old)
			}
		}
		x.Dict.SetStr(name, val)
		return nil
	case *Exception:
		switch name {
		case "args":
			items, err := toSlice(t, val)
			if err != nil {
				return err
			}
			x.Args = items
		case "__traceback__":
			tb, _ := val.(*Traceback)
			x.Traceback = tb
		case "__cause__":
			c, ok := val.(*Exception)
			if !ok && val != None {
				return t.typeErrorf("exception cause must be None or derive from BaseException")
			}
			x.Cause = c
			x.SuppressContext = true
		case "__context__":
			c, _ := val.(*Exception)
			x.Context = c
		case "__suppress_context__":
			b, err := Truth(t, val)
			if err != nil {
				return err
			}
			x.SuppressContext = b
		default:
			x.Dict.SetStr(name, val)
		}
		return nil
	case *Function:
		switch name {
		case "__name__":
			s, ok := val.(Str)
			if !ok {
				return t.typeErrorf("__name__ must be set to a string object")
			}
			x.Name = string(s)
		case "__qualname__":
			s, ok := val.(Str)
			if !ok {
				return t.typeErrorf("__qualname__ must be set to a string object")
			}
			x.Qualname = string(s)
		case "__defaults__":
			d, _ := val.(Tuple)
			x.Defaults = d
		default:
			x.Dict.SetStr(name, val)
		}
		return nil
	case *Module:
		x.Globals.SetStr(name, val)
		return nil
	case *Type:
		if x.Builtin {
			return t.typeErrorf("cannot set '%s' attribute of immutable type '%s'", name, x.Name)
		}
		switch name {
		case "__name__":
			if s, ok := val.(Str); ok {
				x.Name = string(s)
			}
		case "__qualname__":
			if s, ok := val.(Str); ok {
				x.Qualname = string(s)
			}
		case "__module__":
			if s, ok := val.(Str); ok {
				x.Module = string(s)
			}
		}
		x.Dict.SetStr(name, val)
		return nil
	}
	if tp.Lookup(name) != nil {
		return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", tp.Name, name)
	}
	if _, ok := specialAttr(t, v, name); ok {
		return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", name, tp.Name)
	}
	return attributeError(v, name)
}

// DelAttr is delattr(v, name).
func DelAttr(t *Thread, v Value, name string) error {
	if da := v.Type().Lookup("__delattr__"); da != nil && da != objectDelattr {
		_, err := t.callMethod(da, v, Str(name))
		return err
	}
	if p, ok := v.Type().Lookup(name).(*Property); ok {
		if p.Del == nil || p.Del == None {
			return Errorf(AttributeErrorType, "property '%s' of '%s' object has no deleter", name, typeName(v))
		}
		_, err := t.Call(p.Del, v)
		return err
	}
	var d *Dict
	switch x := v.(type) {
	case *Type:
		if x.Builtin {
			return t.typeErrorf("cannot set '%s' attribute of immutable type '%s'", name, x.Name)
		}
		d = x.Dict
	case *Module:
		d = x.Globals
	default:
		d = instanceDict(v)
	}
	if d == nil || !d.DelStr(name) {
		if x, ok := v.(*Type); ok {
			return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", x.Name, name)
		}
		return attributeError(v, name)
	}
	return nil
}

// Dir is dir(v): sorted attribute names.
func Dir(t *Thread, v Value) []string {
	seen := map[string]bool{}
	add := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range d.Keys() {
			if s, ok := k.(Str); ok {
				seen[string(s)] = true
			}
		}
	}
	switch x := v.(type) {
	case *Module:
		add(x.Globals)
	case *Type:
		for _, c := range x.MRO {
			add(c.Dict)
		}
	default:
		add(instanceDict(v))
		for _, c := range v.Type().MRO {
			add(c.Dict)
		}
		if _, ok := v.(*Exception); ok {
			for _, n := range []string{"args", "__traceback__", "__cause__", "__context__", "__suppress_context__"} {
				seen[n] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

// Super is the object super() returns.
type Super struct {
	This *Type
	Obj  Value
	// ObjType is type(Obj), or Obj itself when Obj is a class.
	ObjType *Type
}

// Type returns super.
func (*Super) Type() *Type { return SuperType }

func (s *Super) getAttr(t *Thread, name string) (Value, error) {
	mro := s.ObjType.MRO
	i := 0
	for i < len(mro) && mro[i] != s.This {
		i++
	}
	for _, c := range mro[min(i+1, len(mro)):] {
		if r, ok := c.Dict.GetStr(name); ok {
			if _, isType := s.Obj.(*Type); isType {
				switch d := r.(type) {
				case *ClassMethod:
					return &BoundMethod{Self: s.Obj, Func: d.Func}, nil
				case *StaticMethod:
					return d.Func, nil
				case *Builtin:
					if name == "__new__" {
						return d, nil
					}
				}
				return r, nil
			}
			return bindAttr(t, r, s.Obj, s.ObjType)
		}
	}
	if name == "__class__" {
		return SuperType, nil
	}
	return nil, Errorf(AttributeErrorType, "'super' object has no attribute '%s'", name)
}
