package system

import (
	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/vm"
)

// textIO is an _io.TextIOWrapper: sys.stdin, sys.stdout, sys.stderr or a
// file opened in text mode. Exactly one of in, out and file is set.
type textIO struct {
	h        *Host
	name     vm.Value
	mode     string
	encoding string
	in       *process.Input
	out      *process.OutStream
	file     *process.File
	buffer   *bufIO
}

// bufIO is an _io.BufferedWriter/Reader/Random: sys.stdout.buffer or a file
// opened in binary mode.
type bufIO struct {
	h    *Host
	name vm.Value
	out  *process.OutStream
	in   *process.Input
	file *process.File
	tp   *vm.Type
}

func (*textIO) Type() *vm.Type  { return textIOType }
func (b *bufIO) Type() *vm.Type { return b.tp }

func (f *textIO) closed() bool {
	switch {
	case f.out != nil:
		return f.out.Closed
	case f.in != nil:
		return f.in.Closed
	}
	return f.file.Closed
}

func (b *bufIO) closed() bool {
	switch {
	case b.out != nil:
		return b.out.Closed
	case b.in != nil:
		return b.in.Closed
	}
	return b.file.Closed
}

var errClosedFile = process.ValueError("I/O operation on closed file.")

// method wraps a textIO method body with the receiver check and the
// closed-file check every _io method makes.
func textMethod(name string, body func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error)) vm.BuiltinFunc {
	return func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		f, ok := args[0].(*textIO)
		if !ok {
			return nil, typeError("descriptor '%s' requires a '_io.TextIOWrapper' object", name)
		}
		if f.closed() && name != "close" && name != "__exit__" {
			return nil, f.h.pyErr(errClosedFile)
		}
		return body(t, f, args[1:], kw)
	}
}

func bufMethod(name string, body func(t *vm.Thread, b *bufIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error)) vm.BuiltinFunc {
	return func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		b, ok := args[0].(*bufIO)
		if !ok {
			return nil, typeError("descriptor '%s' requires a buffered I/O object", name)
		}
		if b.closed() && name != "close" && name != "__exit__" {
			return nil, b.h.pyErr(errClosedFile)
		}
		return body(t, b, args[1:], kw)
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

var textIOType = newType("TextIOWrapper", "_io", nil, map[string]vm.BuiltinFunc{
	"write": textMethod("write", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("write", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(vm.Str)
		if !ok {
			return nil, typeError("write() argument must be str, not %s", args[0].Type().Name)
		}
		switch {
		case f.out != nil:
			if err := f.out.Write(string(s)); err != nil {
				return nil, f.h.pyErr(err)
			}
		case f.file != nil:
			if _, err := f.file.Write(string(s)); err != nil {
				return nil, f.h.pyErr(err)
			}
		default:
			return nil, f.h.pyErr(process.UnsupportedOperation("not writable"))
		}
		return vm.Int(len([]rune(string(s)))), nil
	}),
	"writelines": textMethod("writelines", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("writelines", args, kw, 1, 1); err != nil {
			return nil, err
		}
		it, err := vm.Iterate(t, args[0])
		if err != nil {
			return nil, err
		}
		write, err := vm.GetAttr(t, f, "write")
		if err != nil {
			return nil, err
		}
		for {
			v, ok, err := vm.Next(t, it)
			if err != nil || !ok {
				return vm.None, err
			}
			if _, err := t.Call(write, v); err != nil {
				return nil, err
			}
		}
	}),
	"flush": textMethod("flush", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		var err error
		switch {
		case f.out != nil:
			err = f.out.Flush()
		case f.file != nil:
			err = f.file.Flush()
		}
		return vm.None, f.h.pyErr(err)
	}),
	"close": textMethod("close", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.None, f.h.pyErr(f.close())
	}),
	"__enter__": textMethod("__enter__", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return f, nil
	}),
	"__exit__": textMethod("__exit__", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.None, f.h.pyErr(f.close())
	}),
	"read": textMethod("read", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		n, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		s, err := f.read(n, false)
		return vm.Str(s), f.h.pyErr(err)
	}),
	"readline": textMethod("readline", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		n, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		s, err := f.read(n, true)
		return vm.Str(s), f.h.pyErr(err)
	}),
	"readlines": textMethod("readlines", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		var lines []vm.Value
		for {
			s, err := f.read(-1, true)
			if err != nil {
				return nil, f.h.pyErr(err)
			}
			if s == "" {
				return vm.NewList(lines), nil
			}
			lines = append(lines, vm.Str(s))
		}
	}),
	"__iter__": textMethod("__iter__", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return f, nil
	}),
	"__next__": textMethod("__next__", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		s, err := f.read(-1, true)
		if err != nil {
			return nil, f.h.pyErr(err)
		}
		if s == "" {
			return nil, vm.NewException(vm.StopIterationType)
		}
		return vm.Str(s), nil
	}),
	"isatty": textMethod("isatty", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.Bool(f.out != nil && f.h.P.TTY), nil
	}),
	"fileno": textMethod("fileno", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.Int(f.fileno()), nil
	}),
	"readable": textMethod("readable", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.Bool(f.in != nil || (f.file != nil && f.file.Readable())), nil
	}),
	"writable": textMethod("writable", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.Bool(f.out != nil || (f.file != nil && f.file.Writable())), nil
	}),
	"seekable": textMethod("seekable", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.Bool(f.file != nil), nil
	}),
	"seek": textMethod("seek", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return seek(t, f.h, f.file, args, kw)
	}),
	"tell": textMethod("tell", func(t *vm.Thread, f *textIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return tell(f.h, f.file)
	}),
	"__repr__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		f := args[0].(*textIO)
		return vm.Str("<_io.TextIOWrapper name=" + repr(t, f.name) + " mode='" + f.mode + "' encoding='" + f.encoding + "'>"), nil
	},
}, map[string]func(vm.Value) vm.Value{
	"closed":   func(v vm.Value) vm.Value { return vm.Bool(v.(*textIO).closed()) },
	"name":     func(v vm.Value) vm.Value { return v.(*textIO).name },
	"mode":     func(v vm.Value) vm.Value { return vm.Str(v.(*textIO).mode) },
	"encoding": func(v vm.Value) vm.Value { return vm.Str(v.(*textIO).encoding) },
	"errors": func(v vm.Value) vm.Value {
		if v.(*textIO).out != nil && v.(*textIO).out.Fd == 2 {
			return vm.Str("backslashreplace")
		}
		return vm.Str("strict")
	},
	"line_buffering": func(v vm.Value) vm.Value {
		f := v.(*textIO)
		return vm.Bool(f.out != nil && f.out.Text.LineBuffering)
	},
	"write_through": func(v vm.Value) vm.Value {
		f := v.(*textIO)
		return vm.Bool(f.out != nil && f.out.Text.WriteThrough)
	},
	"buffer": func(v vm.Value) vm.Value { return v.(*textIO).buffer },
})

func (f *textIO) fileno() int {
	switch {
	case f.out != nil:
		return f.out.Fd
	case f.in != nil:
		return 0
	}
	return f.file.Fd
}

func (f *textIO) close() error {
	switch {
	case f.out != nil:
		return f.out.Close()
	case f.in != nil:
		f.in.Closed = true
		return nil
	}
	return f.file.Close()
}

func (f *textIO) read(n int, line bool) (string, error) {
	switch {
	case f.in != nil && line:
		return f.in.ReadLine(n)
	case f.in != nil:
		return f.in.Read(n)
	case f.out != nil:
		return "", process.UnsupportedOperation("not readable")
	case line:
		return f.file.ReadLine(n)
	}
	return f.file.Read(n)
}

func seek(t *vm.Thread, h *Host, file *process.File, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
	if file == nil {
		return nil, h.pyErr(process.UnsupportedOperation("underlying stream is not seekable"))
	}
	if err := arity("seek", args, kw, 1, 2); err != nil {
		return nil, err
	}
	off, err := toInt(t, args[0])
	if err != nil {
		return nil, err
	}
	whence := 0
	if len(args) == 2 {
		if whence, err = toInt(t, args[1]); err != nil {
			return nil, err
		}
	}
	pos, err := file.Seek(off, whence)
	return vm.Int(pos), h.pyErr(err)
}

func tell(h *Host, file *process.File) (vm.Value, error) {
	if file == nil {
		return nil, h.pyErr(process.UnsupportedOperation("underlying stream is not seekable"))
	}
	pos, err := file.Tell()
	return vm.Int(pos), h.pyErr(err)
}

func bufType(name string) *vm.Type {
	return newType(name, "_io", nil, map[string]vm.BuiltinFunc{
		"write": bufMethod("write", func(t *vm.Thread, b *bufIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if err := arity("write", args, kw, 1, 1); err != nil {
				return nil, err
			}
			data, ok := args[0].(vm.Bytes)
			if !ok {
				return nil, typeError("a bytes-like object is required, not '%s'", args[0].Type().Name)
			}
			var err error
			switch {
			case b.out != nil:
				err = b.out.WriteBytes([]byte(data))
			case b.file != nil:
				_, err = b.file.WriteBytes([]byte(data))
			default:
				err = process.UnsupportedOperation("write")
			}
			if err != nil {
				return nil, b.h.pyErr(err)
			}
			return vm.Int(len(data)), nil
		}),
		"flush": bufMethod("flush", func(t *vm.Thread, b *bufIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			var err error
			switch {
			case b.out != nil:
				err = b.out.Text.Buffer.Flush("explicit")
			case b.file != nil:
				err = b.file.Flush()
			}
			return vm.None, b.h.pyErr(err)
		}),
		"close": bufMethod("close", func(t *vm.Thread, b *bufIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.None, b.h.pyErr(b.close())
		}),
		"__enter__": bufMethod("__enter__", func(t *vm.Thread, b *bufIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return b, nil
		}),
		"__exit__": bufMethod("__exit__", func(t *vm.Thread, b *bufIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.None, b.h.pyErr(b.close())
		}),
		"read": bufMethod("read", func(t *vm.Thread, b *bufIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			n, err := sizeArg(t, args)
			if err != nil {
				return nil, err
			}
			return b.read(n, false)
		}),
		"readline": bufMethod("readline", func(t *vm.Thread, b *bufIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			n, err := sizeArg(t, args)
			if err != nil {
				return nil, err
			}
			return b.read(n, true)
		}),
		"fileno": bufMethod("fileno", func(t *vm.Thread, b *bufIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			switch {
			case b.out != nil:
				return vm.Int(b.out.Fd), nil
			case b.in != nil:
				return vm.Int(0), nil
			}
			return vm.Int(b.file.Fd), nil
		}),
		"isatty": bufMethod("isatty", func(t *vm.Thread, b *bufIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Bool(b.out != nil && b.h.P.TTY), nil
		}),
		"seek": bufMethod("seek", func(t *vm.Thread, b *bufIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return seek(t, b.h, b.file, args, kw)
		}),
		"tell": bufMethod("tell", func(t *vm.Thread, b *bufIO, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return tell(b.h, b.file)
		}),
		"__repr__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			b := args[0].(*bufIO)
			return vm.Str("<_io." + b.tp.Name + " name=" + repr(t, b.name) + ">"), nil
		},
	}, map[string]func(vm.Value) vm.Value{
		"closed": func(v vm.Value) vm.Value { return vm.Bool(v.(*bufIO).closed()) },
		"name":   func(v vm.Value) vm.Value { return v.(*bufIO).name },
		"mode": func(v vm.Value) vm.Value {
			if f := v.(*bufIO).file; f != nil {
				return vm.Str(rawMode(f.Mode))
			}
			if v.(*bufIO).in != nil {
				return vm.Str("rb")
			}
			return vm.Str("wb")
		},
	})
}

var (
	bufferedWriterType = bufType("BufferedWriter")
	bufferedReaderType = bufType("BufferedReader")
	bufferedRandomType = bufType("BufferedRandom")
)

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

func (b *bufIO) close() error {
	switch {
	case b.out != nil:
		return b.out.Close()
	case b.in != nil:
		b.in.Closed = true
		return nil
	}
	return b.file.Close()
}

func (b *bufIO) read(n int, line bool) (vm.Value, error) {
	var data []byte
	var err error
	switch {
	case b.in != nil:
		var s string
		if line {
			s, err = b.in.ReadLine(n)
		} else {
			s, err = b.in.Read(n)
		}
		data = []byte(s)
	case b.out != nil:
		err = process.UnsupportedOperation("read")
	case line:
		data, err = b.file.ReadBytesLine(n)
	default:
		data, err = b.file.ReadBytes(n)
	}
	if err != nil {
		return nil, b.h.pyErr(err)
	}
	return vm.Bytes(data), nil
}

// newFileObject wraps an open file of the simulated disk in the Python
// object open() returns for its mode.
func (h *Host) newFileObject(name vm.Value, mode string, f *process.File) vm.Value {
	if !f.Mode.Binary {
		return &textIO{h: h, name: name, mode: mode, encoding: "UTF-8", file: f}
	}
	tp := bufferedWriterType
	switch {
	case f.Mode.Update:
		tp = bufferedRandomType
	case f.Mode.Read:
		tp = bufferedReaderType
	}
	return &bufIO{h: h, name: name, file: f, tp: tp}
}
