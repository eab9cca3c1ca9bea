package system

import (
	"unicode/utf8"

	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/vm"
)

// stream is an _io object of the process: sys.stdin, sys.stdout,
// sys.stderr (TextIOWrapper), their .buffer (BufferedReader/Writer), or a
// file from open() (TextIOWrapper in text mode, BufferedReader, Writer or
// Random in binary mode). Exactly one of in, out and file is set.
//
// Python sees obj, an instance of the _io class whose dict holds a
// reference back to the stream: the interpreter gives instances their
// repr, str and comparisons through the class's methods.
type stream struct {
	h        *Host
	obj      *vm.Instance
	name     vm.Value
	mode     string // text mode string; binary objects derive theirs
	encoding string
	binary   bool
	in       *process.Input
	out      *process.OutStream
	file     *process.File
	buffer   *stream // a text stream's binary layer
}

// streamKey is the instance-dict entry that leads from an _io object to
// its stream.
const streamKey = "_exitplay_stream"

// streamRef is the value stored under streamKey.
type streamRef struct{ s *stream }

var streamRefType = newType("stream", "_exitplay", nil, nil, nil)

// Type returns the internal class of stream references.
func (streamRef) Type() *vm.Type { return streamRefType }

// newStream makes the Python object of s, an instance of class tp.
func newStream(s *stream, tp *vm.Type) *stream {
	s.obj = &vm.Instance{Class: tp, Dict: vm.NewDict()}
	s.obj.Dict.SetStr(streamKey, streamRef{s})
	return s
}

// newFileStream is newStream for a file from open(): its object is made by
// object.__new__, so that the interpreter finalizes it (__del__ closes the
// file, flushing it) as soon as the program drops it, as CPython does.
func newFileStream(t *vm.Thread, s *stream, tp *vm.Type) (*stream, error) {
	objectNew, err := vm.GetAttr(t, vm.ObjectType, "__new__")
	if err != nil {
		return nil, err
	}
	obj, err := t.Call(objectNew, tp)
	if err != nil {
		return nil, err
	}
	inst, ok := obj.(*vm.Instance)
	if !ok {
		return newStream(s, tp), nil
	}
	s.obj = inst
	s.obj.Dict.SetStr(streamKey, streamRef{s})
	return s, nil
}

// streamOf returns the stream behind a Python _io object.
func streamOf(v vm.Value) (*stream, bool) {
	inst, ok := v.(*vm.Instance)
	if !ok {
		return nil, false
	}
	ref, ok := inst.Dict.GetStr(streamKey)
	if !ok {
		return nil, false
	}
	r, ok := ref.(streamRef)
	return r.s, ok
}

var errClosedFile = process.ValueError("I/O operation on closed file.")

func (s *stream) closed() bool {
	switch {
	case s.out != nil:
		return s.out.Closed
	case s.in != nil:
		return s.in.Closed
	}
	return s.file.Closed
}

func (s *stream) fileno() int {
	switch {
	case s.out != nil:
		return s.out.Fd
	case s.in != nil:
		return 0
	}
	return s.file.Fd
}

func (s *stream) close() error {
	switch {
	case s.out != nil:
		return s.out.Close()
	case s.in != nil:
		s.in.Closed = true
		return nil
	}
	return s.file.Close()
}

func (s *stream) flush() error {
	switch {
	case s.out != nil && s.binary:
		return s.out.Text.Buffer.Flush("explicit")
	case s.out != nil:
		return s.out.Flush()
	case s.file != nil:
		return s.file.Flush()
	}
	return nil
}

// write writes a str (text) or bytes (binary) argument and returns what
// write() returns: characters or bytes written.
func (s *stream) write(arg vm.Value) (vm.Value, error) {
	var text string
	if s.binary {
		b, ok := vm.BaseOf(arg).(vm.Bytes)
		if !ok {
			return nil, typeError("a bytes-like object is required, not '%s'", arg.Type().Name)
		}
		text = string(b)
	} else {
		str, ok := vm.BaseOf(arg).(vm.Str)
		if !ok {
			return nil, typeError("write() argument must be str, not %s", arg.Type().Name)
		}
		text = string(str)
	}
	var err error
	switch {
	case s.out != nil && s.binary:
		err = s.out.WriteBytes([]byte(text))
	case s.out != nil:
		err = s.out.Write(text)
	case s.file != nil && s.binary:
		_, err = s.file.WriteBytes([]byte(text))
	case s.file != nil:
		_, err = s.file.Write(text)
	default:
		err = process.UnsupportedOperation("not writable")
	}
	if err != nil {
		return nil, s.h.pyErr(err)
	}
	if s.binary {
		return vm.Int(len(text)), nil
	}
	return vm.Int(utf8.RuneCountInString(text)), nil
}

// read reads up to n characters or bytes (all when n < 0), or one line.
// An empty result means end of file.
func (s *stream) read(n int, line bool) (vm.Value, error) {
	var text string
	var err error
	switch {
	case s.in != nil && line:
		text, err = s.in.ReadLine(n)
	case s.in != nil:
		text, err = s.in.Read(n)
	case s.out != nil:
		err = process.UnsupportedOperation("not readable")
	case s.binary:
		var b []byte
		if line {
			b, err = s.file.ReadBytesLine(n)
		} else {
			b, err = s.file.ReadBytes(n)
		}
		text = string(b)
	case line:
		text, err = s.file.ReadLine(n)
	default:
		text, err = s.file.Read(n)
	}
	if err != nil {
		return nil, s.h.pyErr(err)
	}
	if s.binary {
		return vm.Bytes(text), nil
	}
	return vm.Str(text), nil
}

func empty(v vm.Value) bool {
	switch x := v.(type) {
	case vm.Str:
		return x == ""
	case vm.Bytes:
		return x == ""
	}
	return false
}

// worksClosed are the _io methods that a closed file still answers.
var worksClosed = map[string]bool{"close": true, "__exit__": true, "__del__": true, "__repr__": true}

// method wraps the body of an _io method with the receiver check and the
// closed-file check _io methods make.
func method(name string, body func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error)) vm.BuiltinFunc {
	return func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		s, ok := streamOf(args[0])
		if !ok {
			return nil, typeError("descriptor '%s' requires an _io object", name)
		}
		if s.closed() && !worksClosed[name] {
			return nil, s.h.pyErr(errClosedFile)
		}
		return body(t, s, args[1:], kw)
	}
}

// sizeArg reads the optional size argument of read/readline (-1 or None:
// everything).
func sizeArg(t *vm.Thread, args []vm.Value) (int, error) {
	if len(args) == 0 || args[0] == vm.None {
		return -1, nil
	}
	return toInt(t, args[0])
}

func readMethod(name string, line bool) vm.BuiltinFunc {
	return method(name, func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		n, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		return s.read(n, line)
	})
}

// streamMethods are the methods all _io classes here share.
func streamMethods() map[string]vm.BuiltinFunc {
	return map[string]vm.BuiltinFunc{
		"write": method("write", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if err := arity("write", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return s.write(args[0])
		}),
		"writelines": method("writelines", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if err := arity("writelines", args, kw, 1, 1); err != nil {
				return nil, err
			}
			it, err := vm.Iterate(t, args[0])
			for err == nil {
				var v vm.Value
				var ok bool
				if v, ok, err = vm.Next(t, it); !ok || err != nil {
					break
				}
				_, err = s.write(v)
			}
			return vm.None, err
		}),
		"flush": method("flush", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.None, s.h.pyErr(s.flush())
		}),
		"close": method("close", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.None, s.h.pyErr(s.close())
		}),
		// IOBase.__del__ closes a file when its object dies; the standard
		// streams are never dropped while the process lives.
		"__del__": method("__del__", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if s.file == nil {
				return vm.None, nil
			}
			return vm.None, s.h.pyErr(s.close())
		}),
		"__enter__": method("__enter__", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return s.obj, nil
		}),
		"__exit__": method("__exit__", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.None, s.h.pyErr(s.close())
		}),
		"read":     readMethod("read", false),
		"readline": readMethod("readline", true),
		"readlines": method("readlines", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			var lines []vm.Value
			for {
				v, err := s.read(-1, true)
				if err != nil || empty(v) {
					return vm.NewList(lines), err
				}
				lines = append(lines, v)
			}
		}),
		"__iter__": method("__iter__", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return s.obj, nil
		}),
		"__next__": method("__next__", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			v, err := s.read(-1, true)
			if err == nil && empty(v) {
				err = vm.NewException(vm.StopIterationType)
			}
			return v, err
		}),
		"isatty": method("isatty", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Bool(s.out != nil && s.h.P.TTY), nil
		}),
		"fileno": method("fileno", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Int(s.fileno()), nil
		}),
		"readable": method("readable", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Bool(s.in != nil || (s.file != nil && s.file.Readable())), nil
		}),
		"writable": method("writable", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Bool(s.out != nil || (s.file != nil && s.file.Writable())), nil
		}),
		"seekable": method("seekable", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Bool(s.file != nil), nil
		}),
		"seek": method("seek", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if s.file == nil {
				return nil, s.h.pyErr(process.UnsupportedOperation("underlying stream is not seekable"))
			}
			if err := arity("seek", args, kw, 1, 2); err != nil {
				return nil, err
			}
			off, err := toInt(t, args[0])
			whence := 0
			if err == nil && len(args) == 2 {
				whence, err = toInt(t, args[1])
			}
			if err != nil {
				return nil, err
			}
			pos, err := s.file.Seek(off, whence)
			return vm.Int(pos), s.h.pyErr(err)
		}),
		"tell": method("tell", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if s.file == nil {
				return nil, s.h.pyErr(process.UnsupportedOperation("underlying stream is not seekable"))
			}
			pos, err := s.file.Tell()
			return vm.Int(pos), s.h.pyErr(err)
		}),
	}
}

// ioSpec is the class dict of one _io class: methods and read-only
// properties.
type ioSpec struct {
	methods map[string]vm.BuiltinFunc
	props   map[string]func(vm.Value) vm.Value
}

func streamSpec(name string, repr func(t *vm.Thread, s *stream) string, getters map[string]func(s *stream) vm.Value) ioSpec {
	methods := streamMethods()
	if name == "TextIOWrapper" {
		methods["reconfigure"] = method("reconfigure", reconfigure)
	}
	methods["__repr__"] = method("__repr__", func(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.Str(repr(t, s)), nil
	})
	getters["closed"] = func(s *stream) vm.Value { return vm.Bool(s.closed()) }
	getters["name"] = func(s *stream) vm.Value { return s.name }
	props := map[string]func(vm.Value) vm.Value{}
	for n, g := range getters {
		g := g
		props[n] = func(v vm.Value) vm.Value {
			s, _ := streamOf(v)
			return g(s)
		}
	}
	return ioSpec{methods, props}
}

// reconfigure is TextIOWrapper.reconfigure for the standard streams: it
// flushes, then applies line_buffering and write_through; encoding,
// errors and newline are accepted and left as they are.
func reconfigure(t *vm.Thread, s *stream, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
	if len(args) > 0 {
		return nil, typeError("reconfigure() takes no positional arguments")
	}
	for _, k := range kw {
		switch k.Name {
		case "encoding", "errors", "newline", "line_buffering", "write_through":
		default:
			return nil, typeError("'%s' is an invalid keyword argument for reconfigure()", k.Name)
		}
	}
	if err := s.flush(); err != nil {
		return nil, s.h.pyErr(err)
	}
	if s.out == nil {
		return vm.None, nil
	}
	for _, flag := range []struct {
		name string
		dst  *bool
	}{{"line_buffering", &s.out.Text.LineBuffering}, {"write_through", &s.out.Text.WriteThrough}} {
		if v := kwarg(kw, flag.name); v != nil && v != vm.None {
			b, err := vm.Truth(t, v)
			if err != nil {
				return nil, err
			}
			*flag.dst = b
		}
	}
	return vm.None, nil
}

// The _io classes.
const (
	textIOWrapper  = "TextIOWrapper"
	bufferedWriter = "BufferedWriter"
	bufferedReader = "BufferedReader"
	bufferedRandom = "BufferedRandom"
)

var ioSpecs = map[string]ioSpec{
	textIOWrapper:  textIOSpec,
	bufferedWriter: bufferedSpec(bufferedWriter),
	bufferedReader: bufferedSpec(bufferedReader),
	bufferedRandom: bufferedSpec(bufferedRandom),
}

var textIOSpec = streamSpec(textIOWrapper,
	func(t *vm.Thread, s *stream) string {
		return "<_io.TextIOWrapper name=" + repr(t, s.name) + " mode='" + s.mode + "' encoding='" + s.encoding + "'>"
	},
	map[string]func(s *stream) vm.Value{
		"mode":     func(s *stream) vm.Value { return vm.Str(s.mode) },
		"encoding": func(s *stream) vm.Value { return vm.Str(s.encoding) },
		"errors": func(s *stream) vm.Value {
			if s.out != nil && s.out.Fd == 2 {
				return vm.Str("backslashreplace")
			}
			return vm.Str("strict")
		},
		"line_buffering": func(s *stream) vm.Value { return vm.Bool(s.out != nil && s.out.Text.LineBuffering) },
		"write_through":  func(s *stream) vm.Value { return vm.Bool(s.out != nil && s.out.Text.WriteThrough) },
		"buffer":         func(s *stream) vm.Value { return s.buffer.obj },
	})

func bufferedSpec(name string) ioSpec {
	return streamSpec(name,
		func(t *vm.Thread, s *stream) string { return "<_io." + name + " name=" + repr(t, s.name) + ">" },
		map[string]func(s *stream) vm.Value{
			"mode": func(s *stream) vm.Value {
				switch {
				case s.file != nil:
					return vm.Str(rawMode(s.file.Mode))
				case s.in != nil:
					return vm.Str("rb")
				}
				return vm.Str("wb")
			},
		})
}

// ioClass returns this run's class _io.name. The classes are made per run
// with type(), as ordinary classes: object.__new__ accepts them, so file
// objects are finalized like instances of Python classes, and nothing a
// program does to them reaches another run.
func (h *Host) ioClass(t *vm.Thread, name string) (*vm.Type, error) {
	if cls := h.ioClasses[name]; cls != nil {
		return cls, nil
	}
	spec := ioSpecs[name]
	dict := classDict(name, spec.methods, spec.props)
	dict.SetStr("__module__", vm.Str("_io"))
	typeFn, _ := t.Interp().Builtins().GetStr("type")
	v, err := t.Call(typeFn, vm.Str(name), vm.Tuple{}, dict)
	if err != nil {
		return nil, err
	}
	cls, ok := v.(*vm.Type)
	if !ok {
		return nil, typeError("type() did not make a class")
	}
	if h.ioClasses == nil {
		h.ioClasses = map[string]*vm.Type{}
	}
	h.ioClasses[name] = cls
	return cls, nil
}

// rawMode is FileIO's normalized mode string for a binary file.
func rawMode(m process.Mode) string {
	s := "wb"
	switch {
	case m.Create:
		s = "xb"
	case m.Append:
		s = "ab"
	case m.Read, m.Update:
		s = "rb"
	}
	if m.Update {
		s += "+"
	}
	return s
}

// newStdStream returns sys.stdin, sys.stdout or sys.stderr with its
// binary .buffer.
func (h *Host) newStdStream(t *vm.Thread, name, mode string, in *process.Input, out *process.OutStream) (*stream, error) {
	text, err := h.ioClass(t, textIOWrapper)
	if err != nil {
		return nil, err
	}
	bufName := bufferedWriter
	if in != nil {
		bufName = bufferedReader
	}
	buffered, err := h.ioClass(t, bufName)
	if err != nil {
		return nil, err
	}
	s := &stream{h: h, name: vm.Str(name), mode: mode, encoding: "utf-8", in: in, out: out}
	buf := *s
	buf.binary = true
	s.buffer = newStream(&buf, buffered)
	return newStream(s, text), nil
}

// newFileObject wraps an open file of the simulated disk in the Python
// object open() returns for its mode.
func (h *Host) newFileObject(t *vm.Thread, name vm.Value, mode string, f *process.File) (vm.Value, error) {
	s := &stream{h: h, name: name, mode: mode, encoding: "UTF-8", file: f, binary: f.Mode.Binary}
	className := textIOWrapper
	switch {
	case !f.Mode.Binary:
	case f.Mode.Update:
		className = bufferedRandom
	case f.Mode.Read:
		className = bufferedReader
	default:
		className = bufferedWriter
	}
	cls, err := h.ioClass(t, className)
	if err != nil {
		return nil, err
	}
	s, err = newFileStream(t, s, cls)
	if err != nil {
		return nil, err
	}
	return s.obj, nil
}
