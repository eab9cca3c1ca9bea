package vm

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/internal/printf"
)

// Exception is an instance of BaseException or of any subclass, built-in
// or user-defined. It is also the Go error that carries a Python exception
// up the Go call stack.
type Exception struct {
	Class *Type
	Args  Tuple
	Dict  *Dict
	// Cause is __cause__ (nil means None), Context is __context__.
	Cause, Context  *Exception
	SuppressContext bool
	// Traceback is __traceback__: outermost frame first.
	Traceback *Traceback
	// nativeRaise records that the exception was raised, and reported,
	// in library code that tracebacks leave out (Source.Native).
	nativeRaise bool
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.Class }

// Error returns "Type: message" for Go callers; Python never sees it.
func (e *Exception) Error() string {
	msg, _ := excStr(nil, e)
	if msg == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + msg
}

// Attr returns an attribute stored on the exception (code, errno, name, ...).
func (e *Exception) Attr(name string) Value {
	if v, ok := e.Dict.GetStr(name); ok {
		return v
	}
	return nil
}

// The built-in exception hierarchy.
var (
	BaseExceptionType      = newExcType("BaseException", nil)
	SystemExitType         = newExcType("SystemExit", BaseExceptionType)
	KeyboardInterruptType  = newExcType("KeyboardInterrupt", BaseExceptionType)
	GeneratorExitType      = newExcType("GeneratorExit", BaseExceptionType)
	ExceptionType          = newExcType("Exception", BaseExceptionType)
	StopIterationType      = newExcType("StopIteration", ExceptionType)
	ArithmeticErrorType    = newExcType("ArithmeticError", ExceptionType)
	ZeroDivisionErrorType  = newExcType("ZeroDivisionError", ArithmeticErrorType)
	OverflowErrorType      = newExcType("OverflowError", ArithmeticErrorType)
	FloatingPointErrorType = newExcType("FloatingPointError", ArithmeticErrorType)
	AssertionErrorType     = newExcType("AssertionError", ExceptionType)
	AttributeErrorType     = newExcType("AttributeError", ExceptionType)
	BufferErrorType        = newExcType("BufferError", ExceptionType)
	EOFErrorType           = newExcType("EOFError", ExceptionType)
	ImportErrorType        = newExcType("ImportError", ExceptionType)
	ModuleNotFoundType     = newExcType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType        = newExcType("LookupError", ExceptionType)
	IndexErrorType         = newExcType("IndexError", LookupErrorType)
	KeyErrorType           = newExcType("KeyError", LookupErrorType)
	MemoryErrorType        = newExcType("MemoryError", ExceptionType)
	NameErrorType          = newExcType("NameError", ExceptionType)
	UnboundLocalErrorType  = newExcType("UnboundLocalError", NameErrorType)
	OSErrorType            = newExcType("OSError", ExceptionType)
	BlockingIOErrorType    = newExcType("BlockingIOError", OSErrorType)
	ChildProcessErrorType  = newExcType("ChildProcessError", OSErrorType)
	ConnectionErrorType    = newExcType("ConnectionError", OSErrorType)
	BrokenPipeErrorType    = newExcType("BrokenPipeError", ConnectionErrorType)
	FileExistsErrorType    = newExcType("FileExistsError", OSErrorType)
	FileNotFoundErrorType  = newExcType("FileNotFoundError", OSErrorType)
	InterruptedErrorType   = newExcType("InterruptedError", OSErrorType)
	IsADirectoryErrorType  = newExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType = newExcType("NotADirectoryError", OSErrorType)
	PermissionErrorType    = newExcType("PermissionError", OSErrorType)
	ProcessLookupErrorType = newExcType("ProcessLookupError", OSErrorType)
	TimeoutErrorType       = newExcType("TimeoutError", OSErrorType)
	RuntimeErrorType       = newExcType("RuntimeError", ExceptionType)
	RecursionErrorType     = newExcType("RecursionError", RuntimeErrorType)
	NotImplementedErrType  = newExcType("NotImplementedError", RuntimeErrorType)
	SyntaxErrorType        = newExcType("SyntaxError", ExceptionType)
	IndentationErrorType   = newExcType("IndentationError", SyntaxErrorType)
	TabErrorType           = newExcType("TabError", IndentationErrorType)
	SystemErrorType        = newExcType("SystemError", ExceptionType)
	TypeErrorType          = newExcType("TypeError", ExceptionType)
	ValueErrorType         = newExcType("ValueError", ExceptionType)
	UnicodeErrorType       = newExcType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType = newExcType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType = newExcType("UnicodeEncodeError", UnicodeErrorType)
	WarningType            = newExcType("Warning", ExceptionType)
	UserWarningType        = newExcType("UserWarning", WarningType)
	DeprecationWarningType = newExcType("DeprecationWarning", WarningType)
	RuntimeWarningType     = newExcType("RuntimeWarning", WarningType)
	ResourceWarningType    = newExcType("ResourceWarning", WarningType)
)

var excTypes []*Type

func newExcType(name string, base *Type) *Type {
	if base == nil {
		base = ObjectType
	}
	tp := newType(name, base)
	if name == "BaseException" {
		tp.base = tp
		tp.newFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
			return &Exception{Class: cls, Args: append(Tuple(nil), args...), Dict: NewDict()}, nil
		}
	}
	excTypes = append(excTypes, tp)
	return tp
}

// NewException returns an exception of class cls with the given args, as
// cls(*args) would for a built-in class (without running a user __init__).
func NewException(cls *Type, args ...Value) *Exception {
	e := &Exception{Class: cls, Args: Tuple(args), Dict: NewDict()}
	initExcAttrs(e)
	return e
}

// initExcAttrs sets the attributes BaseException subclasses derive from
// their args (SystemExit.code, StopIteration.value, OSError.errno, ...).
func initExcAttrs(e *Exception) {
	arg0 := func() Value {
		if len(e.Args) == 0 {
			return None
		}
		return e.Args[0]
	}
	switch {
	case e.Class.IsSubtype(SystemExitType):
		switch len(e.Args) {
		case 0:
			e.Dict.SetStr("code", None)
		case 1:
			e.Dict.SetStr("code", e.Args[0])
		default:
			e.Dict.SetStr("code", e.Args)
		}
	case e.Class.IsSubtype(BaseExceptionGroupType):
		if len(e.Args) == 2 {
			e.Dict.SetStr("message", e.Args[0])
			items, _ := toSlice(nil, e.Args[1])
			e.Dict.SetStr("exceptions", Tuple(items))
		}
	case e.Class.IsSubtype(StopIterationType):
		e.Dict.SetStr("value", arg0())
	case e.Class.IsSubtype(OSErrorType):
		e.Dict.SetStr("errno", None)
		e.Dict.SetStr("strerror", None)
		e.Dict.SetStr("filename", None)
		if n := len(e.Args); n >= 2 && n <= 5 {
			e.Dict.SetStr("errno", e.Args[0])
			e.Dict.SetStr("strerror", e.Args[1])
			if n >= 3 {
				e.Dict.SetStr("filename", e.Args[2])
			}
		}
	case e.Class.IsSubtype(NameErrorType), e.Class.IsSubtype(ImportErrorType):
		if _, ok := e.Dict.GetStr("name"); !ok {
			e.Dict.SetStr("name", None)
		}
	}
}

// NewOSError returns an OSError of the subclass CPython picks for errno
// (FileNotFoundError for 2, ...), as OSError(errno, strerror[, filename]).
func NewOSError(errno int, strerror string, filename Value) *Exception {
	args := []Value{Int(errno), Str(strerror)}
	if filename != nil {
		args = append(args, filename)
	}
	return NewException(osErrorClass(errno), args...)
}

// excStr is str() of an exception.
func excStr(t *Thread, e *Exception) (string, error) {
	if e.Class.IsSubtype(KeyErrorType) && len(e.Args) == 1 {
		return Repr(t, e.Args[0])
	}
	if s, ok, err := syntaxErrorStr(t, e); ok {
		return s, err
	}
	if e.Class.IsSubtype(BaseExceptionGroupType) && e.Attr("message") != nil {
		return groupStr(t, e)
	}
	if e.Class.IsSubtype(OSErrorType) && len(e.Args) >= 2 {
		errno, strerror := e.Attr("errno"), e.Attr("strerror")
		if errno != nil && errno != None {
			es, _ := ToStr(t, errno)
			ss, _ := ToStr(t, strerror)
			s := "[Errno " + es + "] " + ss
			if fn := e.Attr("filename"); fn != nil && fn != None {
				r, err := Repr(t, fn)
				if err != nil {
					return "", err
				}
				s += ": " + r
			}
			return s, nil
		}
	}
	switch len(e.Args) {
	case 0:
		return "", nil
	case 1:
		return ToStr(t, e.Args[0])
	}
	return ToStr(t, e.Args)
}

// excRepr is repr() of an exception: ValueError('x').
func excRepr(t *Thread, e *Exception) (string, error) {
	if len(e.Args) == 1 {
		r, err := Repr(t, e.Args[0])
		return e.Class.Name + "(" + r + ")", err
	}
	r, err := Repr(t, e.Args)
	return e.Class.Name + r, err
}

// The error constructors below are not inlined (go:noinline): they sit on
// hundreds of error paths, where a call costs nothing that matters and an
// inlined copy at each site adds up to kilobytes of the browser module.

// Errorf returns a new exception of class cls with a formatted message.
//
//go:noinline
func Errorf(cls *Type, format string, args ...any) *Exception {
	return NewException(cls, Str(printf.Sprintf(format, args...)))
}

//go:noinline
func (t *Thread) typeErrorf(format string, args ...any) *Exception {
	return Errorf(TypeErrorType, format, args...)
}

//go:noinline
func (t *Thread) valueErrorf(format string, args ...any) *Exception {
	return Errorf(ValueErrorType, format, args...)
}

// Notes returns the exception's __notes__ strings, if it has any.
func (e *Exception) Notes() []Value {
	if l, ok := e.Attr("__notes__").(*List); ok {
		return l.Items
	}
	return nil
}

// IsInstance reports whether v is an instance of cls.
func IsInstance(v Value, cls *Type) bool { return v.Type().IsSubtype(cls) }

// typeName returns the name of v's type as error messages show it. Like
// the error constructors above it is not inlined: it sits on a hundred
// error paths.
//
//go:noinline
func typeName(v Value) string { return v.Type().Name }

// baseExceptionMethods are built-in methods of BaseException.
var baseExceptionMethods = []method{
	{"__init__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if e, ok := args[0].(*Exception); ok {
			e.Args = append(Tuple(nil), args[1:]...)
			initExcAttrs(e)
		}
		return None, nil
	}},
	{"with_traceback", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		e := args[0].(*Exception)
		if len(args) != 2 {
			return nil, t.typeErrorf("BaseException.with_traceback() takes exactly one argument (%d given)", len(args)-1)
		}
		switch tb := args[1].(type) {
		case *Traceback:
			e.Traceback = tb
		case NoneType:
			e.Traceback = nil
		default:
			return nil, t.typeErrorf("__traceback__ must be a traceback or None")
		}
		return e, nil
	}},
	{"add_note", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		e := args[0].(*Exception)
		if len(args) != 2 {
			return nil, t.typeErrorf("BaseException.add_note() takes exactly one argument (%d given)", len(args)-1)
		}
		if _, ok := args[1].(Str); !ok {
			return nil, t.typeErrorf("note must be a str, not '%s'", typeName(args[1]))
		}
		l, ok := e.Attr("__notes__").(*List)
		if !ok {
			l = NewList(nil)
			e.Dict.SetStr("__notes__", l)
		}
		l.Items = append(l.Items, args[1])
		return None, nil
	}},
}

func init() {
	BaseExceptionType.setMethods(baseExceptionMethods)
}

// suggestion returns the closest of candidates to name for "Did you
// mean" hints, using CPython's Levenshtein-based rule, or "".
func suggestion(name string, candidates []string) string {
	if len(candidates) > 750 {
		return ""
	}
	best, bestDist := "", 0
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * 2 / 6
		d := levenshtein(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// levenshtein is CPython's substitution-cost-2, case-change-cost-1 edit
// distance (Python/suggestions.c), bounded by max.
func levenshtein(a, b string, max int) int {
	if a == b {
		return 0
	}
	const moveCost, caseCost = 2, 1
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > max {
		return max + 1
	}
	buf := make([]int, len(a))
	for i := range buf {
		buf[i] = (i + 1) * moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		distance := bi * moveCost
		result = distance
		minimum := 1 << 30
		for ai := 0; ai < len(a); ai++ {
			substitute := distance
			if a[ai] != b[bi] {
				if strings.EqualFold(string(a[ai]), string(b[bi])) {
					substitute += caseCost
				} else {
					substitute += moveCost
				}
			}
			distance = buf[ai]
			insertDelete := min(result, distance) + moveCost
			result = min(insertDelete, substitute)
			buf[ai] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > max {
			return max + 1
		}
	}
	return result
}
