package vm

import (
	"strconv"
	"strings"
)

// Exception groups (PEP 654) and the OSError constructor's choice of
// subclass by errno.

// The exception group classes. ExceptionGroup derives from both
// BaseExceptionGroup and Exception.
var (
	BaseExceptionGroupType = newExcType("BaseExceptionGroup", BaseExceptionType)
	ExceptionGroupType     = newExcType("ExceptionGroup", BaseExceptionGroupType)
)

// osErrorClass returns the OSError subclass CPython picks for errno.
func osErrorClass(errno int) *Type {
	switch errno {
	case 2:
		return FileNotFoundErrorType
	case 17:
		return FileExistsErrorType
	case 21:
		return IsADirectoryErrorType
	case 20:
		return NotADirectoryErrorType
	case 13, 1:
		return PermissionErrorType
	case 32:
		return BrokenPipeErrorType
	case 4:
		return InterruptedErrorType
	case 3:
		return ProcessLookupErrorType
	case 11:
		return BlockingIOErrorType
	case 10:
		return ChildProcessErrorType
	case 110:
		return TimeoutErrorType
	}
	return OSErrorType
}

// groupExceptions returns the sub-exceptions of an exception group.
func groupExceptions(e *Exception) []Value {
	if tu, ok := e.Attr("exceptions").(Tuple); ok {
		return tu
	}
	return nil
}

// newExceptionGroup is BaseExceptionGroup.__new__: it checks the message
// and the exceptions, and makes BaseExceptionGroup(...) of Exceptions
// only an ExceptionGroup.
func newExceptionGroup(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
	name := cls.Name
	if len(kw) > 0 {
		return nil, t.typeErrorf("%s() takes no keyword arguments", name)
	}
	if len(args) != 2 {
		return nil, t.typeErrorf("%s() takes exactly 2 arguments (%d given)", name, len(args))
	}
	if _, ok := args[0].(Str); !ok {
		return nil, t.typeErrorf("argument 1 must be str, not %s", typeName(args[0]))
	}
	switch args[1].(type) {
	case *List, Tuple:
	default:
		return nil, t.typeErrorf("second argument (exceptions) must be a sequence")
	}
	items, err := toSlice(t, args[1])
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, t.valueErrorf("second argument (exceptions) must be a non-empty sequence")
	}
	allExceptions := true
	for i, it := range items {
		e, ok := it.(*Exception)
		if !ok {
			return nil, t.valueErrorf("Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.Class.IsSubtype(ExceptionType) {
			allExceptions = false
		}
	}
	switch {
	case cls == BaseExceptionGroupType && allExceptions:
		cls = ExceptionGroupType
	case cls.IsSubtype(ExceptionType) && !allExceptions:
		return nil, t.typeErrorf("Cannot nest BaseExceptions in an %s", name)
	}
	e := &Exception{Class: cls, Args: append(Tuple(nil), args...), Dict: NewDict()}
	initExcAttrs(e)
	return e, nil
}

// groupStr is str() of an exception group: "msg (2 sub-exceptions)".
func groupStr(t *Thread, e *Exception) (string, error) {
	msg, err := ToStr(t, e.Attr("message"))
	n := len(groupExceptions(e))
	return msg + " (" + strconv.Itoa(n) + " sub-exception" + pluralS(n) + ")", err
}

// groupMatcher turns the condition of split and subgroup (an exception
// type, a tuple of them, or a predicate) into a Go function.
func groupMatcher(t *Thread, cond Value) (func(e *Exception) (bool, error), error) {
	var types []*Type
	switch c := cond.(type) {
	case *Type:
		types = []*Type{c}
	case Tuple:
		for _, x := range c {
			tp, ok := x.(*Type)
			if !ok {
				types = nil
				break
			}
			types = append(types, tp)
		}
	}
	if types != nil {
		return func(e *Exception) (bool, error) {
			for _, tp := range types {
				if e.Class.IsSubtype(tp) {
					return true, nil
				}
			}
			return false, nil
		}, nil
	}
	if Callable(cond) {
		return func(e *Exception) (bool, error) {
			r, err := t.Call(cond, e)
			if err != nil {
				return false, err
			}
			return Truth(t, r)
		}, nil
	}
	return nil, t.typeErrorf("expected a function, exception type or tuple of exception types")
}

// splitGroup splits e into the part that matches and the rest, keeping
// the nesting, traceback, cause, context and notes, as
// BaseExceptionGroup.split does. Either part may be nil.
func splitGroup(t *Thread, e *Exception, match func(*Exception) (bool, error)) (yes, no *Exception, err error) {
	ok, err := match(e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !e.Class.IsSubtype(BaseExceptionGroupType) {
		return nil, e, nil
	}
	var ys, ns []Value
	for _, sub := range groupExceptions(e) {
		y, n, err := splitGroup(t, sub.(*Exception), match)
		if err != nil {
			return nil, nil, err
		}
		if y != nil {
			ys = append(ys, y)
		}
		if n != nil {
			ns = append(ns, n)
		}
	}
	derive := func(items []Value) (*Exception, error) {
		if len(items) == 0 {
			return nil, nil
		}
		r, err := t.callMethod(e.Class.Lookup("derive"), e, NewList(items))
		if err != nil {
			return nil, err
		}
		d, ok := r.(*Exception)
		if !ok {
			return nil, t.typeErrorf("derive must return an instance of BaseExceptionGroup")
		}
		d.Traceback, d.Cause, d.Context, d.SuppressContext = e.Traceback, e.Cause, e.Context, e.SuppressContext
		if notes := e.Attr("__notes__"); notes != nil {
			d.Dict.SetStr("__notes__", notes)
		}
		return d, nil
	}
	if yes, err = derive(ys); err != nil {
		return nil, nil, err
	}
	no, err = derive(ns)
	return yes, no, err
}

func orNoneExc(e *Exception) Value {
	if e == nil {
		return None
	}
	return e
}

// baseExceptionGroupMethods are built-in methods of BaseExceptionGroup.
var baseExceptionGroupMethods = []method{
	{"__init__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return None, nil }},
	{"derive", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("derive() takes exactly one argument (%d given)", len(args)-1)
		}
		return newExceptionGroup(t, BaseExceptionGroupType, []Value{args[0].(*Exception).Attr("message"), args[1]}, nil)
	}},
	{"split", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("split() takes exactly one argument (%d given)", len(args)-1)
		}
		match, err := groupMatcher(t, args[1])
		if err != nil {
			return nil, err
		}
		yes, no, err := splitGroup(t, args[0].(*Exception), match)
		return Tuple{orNoneExc(yes), orNoneExc(no)}, err
	}},
	{"subgroup", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("subgroup() takes exactly one argument (%d given)", len(args)-1)
		}
		match, err := groupMatcher(t, args[1])
		if err != nil {
			return nil, err
		}
		yes, _, err := splitGroup(t, args[0].(*Exception), match)
		return orNoneExc(yes), err
	}},
}

func init() {
	ExceptionGroupType.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
	ExceptionGroupType.MRO = []*Type{ExceptionGroupType, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType}
	BaseExceptionGroupType.newFn = newExceptionGroup
	ExceptionGroupType.newFn = newExceptionGroup
	BaseExceptionGroupType.setMethods(baseExceptionGroupMethods)
	OSErrorType.newFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if cls == OSErrorType && len(args) >= 2 && len(args) <= 5 {
			if n, ok := args[0].(Int); ok {
				cls = osErrorClass(int(n))
			}
		}
		return &Exception{Class: cls, Args: append(Tuple(nil), args...), Dict: NewDict()}, nil
	}
}

// groupPrinter draws exception groups in the boxes of CPython 3.11's
// traceback printing (Python/pythonrun.c print_exception_group).
type groupPrinter struct {
	t         *Thread
	b         *strings.Builder
	depth     int
	needClose bool
}

const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

func (p *groupPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

// emit writes text, every line prefixed with the group margin.
func (p *groupPrinter) emit(text string, margin byte) {
	prefix := p.indent()
	if p.depth > 0 {
		prefix += string(margin) + " "
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			p.b.WriteString(prefix + line)
		}
	}
}

// format writes e with its chain, as FormatException does at depth 0.
func (p *groupPrinter) format(e *Exception, seen map[*Exception]bool) {
	seen[e] = true
	if e.Cause != nil && !seen[e.Cause] {
		p.format(e.Cause, seen)
		p.emit("\nThe above exception was the direct cause of the following exception:\n\n", '|')
	} else if e.Context != nil && !e.SuppressContext && !seen[e.Context] {
		p.format(e.Context, seen)
		p.emit("\nDuring handling of the above exception, another exception occurred:\n\n", '|')
	}
	if !e.Class.IsSubtype(BaseExceptionGroupType) {
		if e.Traceback != nil {
			p.emit("Traceback (most recent call last):\n", '|')
			p.emit(FormatTraceback(e.Traceback), '|')
		}
		p.emit(FormatExceptionOnly(p.t, e), '|')
		return
	}
	if p.depth > maxGroupDepth {
		p.emit("... (max_group_depth is "+strconv.Itoa(maxGroupDepth)+")\n", '|')
		return
	}
	top := p.depth == 0
	if top {
		p.depth++
	}
	if e.Traceback != nil {
		margin := byte('|')
		if top {
			margin = '+'
		}
		p.emit("Exception Group Traceback (most recent call last):\n", margin)
		p.emit(FormatTraceback(e.Traceback), '|')
	}
	p.emit(FormatExceptionOnly(p.t, e), '|')
	subs := groupExceptions(e)
	n := min(len(subs), maxGroupWidth+1)
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		truncated := i >= maxGroupWidth
		title := strconv.Itoa(i + 1)
		if truncated {
			title = "..."
		}
		head := "  "
		if i == 0 {
			head = "+-"
		}
		p.b.WriteString(p.indent() + head + "+---------------- " + title + " ----------------\n")
		p.depth++
		if truncated {
			more := len(subs) - maxGroupWidth
			p.emit("and "+strconv.Itoa(more)+" more exception"+pluralS(more)+"\n", '|')
		} else {
			p.format(subs[i].(*Exception), seen)
		}
		if last && p.needClose {
			p.b.WriteString(p.indent() + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}
