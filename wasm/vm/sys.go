package vm

import "strings"

// Stream is a minimal text stream writing straight to a Host file
// descriptor, used by the default sys module (stdout, stderr, stdin).
// The process engineer's sys module replaces these with buffered objects.
type Stream struct {
	Fd   int
	Name string
}

// Type returns the stream type.
func (*Stream) Type() *Type { return streamType }

var streamType = newType("TextIOWrapper", ObjectType)

// streamMethods are built-in methods of stream.
var streamMethods = []method{
	{"write", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("write() takes exactly one argument (%d given)", len(args)-1)
		}
		s, ok := args[1].(Str)
		if !ok {
			return nil, t.typeErrorf("write() argument must be str, not %s", typeName(args[1]))
		}
		if _, err := t.host.Write(args[0].(*Stream).Fd, []byte(s)); err != nil {
			return nil, err
		}
		return Int(strLen(s)), nil
	}},
	{"flush", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return None, nil }},
	{"fileno", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Int(args[0].(*Stream).Fd), nil }},
	{"isatty", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return False, nil }},
	{"readline", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		line, err := t.host.ReadLine(args[0].(*Stream).Fd)
		return Str(line), err
	}},
	{"read", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		var b strings.Builder
		for {
			line, err := t.host.ReadLine(args[0].(*Stream).Fd)
			if err != nil {
				return nil, err
			}
			if line == "" {
				return Str(b.String()), nil
			}
			b.WriteString(line)
		}
	}},
}

func init() {
	streamType.Module = "_io"
	streamType.Qualname = "TextIOWrapper"
	streamType.newFn = nil
	streamType.setMethods(streamMethods)
}

// Repr of a stream, like CPython's.
func (s *Stream) repr() string {
	mode := "w"
	if s.Fd == 0 {
		mode = "r"
	}
	return "<_io.TextIOWrapper name='<" + s.Name + ">' mode='" + mode + "' encoding='utf-8'>"
}

// DefaultExcepthook is sys.__excepthook__: it writes the formatted
// exception to sys.stderr.
var DefaultExcepthook = &Builtin{Name: "excepthook", Module: "sys", Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 3 {
		return nil, t.typeErrorf("excepthook expected 3 arguments, got %d", len(args))
	}
	e, ok := args[1].(*Exception)
	if !ok {
		return nil, t.typeErrorf("TypeError: print_exception(): Exception expected for value, %s found", typeName(args[1]))
	}
	stderr, err := t.sysStream("stderr")
	if err != nil {
		return nil, err
	}
	return None, t.writeTo(stderr, FormatException(t, e))
}}

// newSysModule builds the minimal sys module; package lib/sys registers a
// complete one under the same name, which replaces it.
func newSysModule(t *Thread) (*Module, error) {
	in := t.interp
	m := NewModule("sys")
	m.SetAttr("stdout", &Stream{Fd: 1, Name: "stdout"})
	m.SetAttr("stderr", &Stream{Fd: 2, Name: "stderr"})
	m.SetAttr("stdin", &Stream{Fd: 0, Name: "stdin"})
	m.SetAttr("__stdout__", &Stream{Fd: 1, Name: "stdout"})
	m.SetAttr("__stderr__", &Stream{Fd: 2, Name: "stderr"})
	m.SetAttr("argv", NewList([]Value{Str("main.py")}))
	m.SetAttr("modules", in.modules)
	m.SetAttr("path", NewList(nil))
	m.SetAttr("platform", Str("linux"))
	m.SetAttr("maxsize", Int(1<<63-1))
	m.SetAttr("version", Str("3.11.7 (main) [exitplay]"))
	m.SetAttr("version_info", Tuple{Int(3), Int(11), Int(7), Str("final"), Int(0)})
	m.SetAttr("excepthook", DefaultExcepthook)
	m.SetAttr("__excepthook__", DefaultExcepthook)
	m.SetFunc("exit", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) > 1 {
			return nil, t.typeErrorf("exit expected at most 1 argument, got %d", len(args))
		}
		return nil, NewException(SystemExitType, args...)
	})
	m.SetFunc("getrecursionlimit", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return Int(t.interp.limit), nil
	})
	m.SetFunc("setrecursionlimit", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, t.typeErrorf("setrecursionlimit() takes exactly one argument (%d given)", len(args))
		}
		n, ok, err := Index(t, args[0])
		if err != nil || !ok {
			return nil, t.typeErrorf("'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		if n < 1 {
			return nil, t.valueErrorf("recursion limit must be greater or equal than 1")
		}
		t.interp.SetRecursionLimit(int(n))
		return None, nil
	})
	m.SetFunc("exc_info", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		e := t.handling
		if e == nil {
			return Tuple{None, None, None}, nil
		}
		var tb Value = None
		if e.Traceback != nil {
			tb = e.Traceback
		}
		return Tuple{e.Class, e, tb}, nil
	})
	m.SetFunc("exception", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if t.handling == nil {
			return None, nil
		}
		return t.handling, nil
	})
	m.SetFunc("getsizeof", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Int(64), nil })
	m.SetFunc("intern", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil })
	return m, nil
}

func init() { RegisterModule("sys", newSysModule) }
