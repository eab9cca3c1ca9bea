package system

import (
	"math"

	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/vm"
)

// Identity of the simulated interpreter, as CPython 3.11.7 on Linux reports
// it.
const (
	pyVersion    = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]"
	pyExecutable = "/usr/local/bin/python3"
	pyHexVersion = 0x030b07f0
)

var (
	versionInfoType = newStructSeqType("sys", "version_info", []string{"major", "minor", "micro", "releaselevel", "serial"})
	flagsFields     = []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
		"no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
		"dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}
	flagsType = newStructSeqType("sys", "flags", flagsFields)
)

func (h *Host) sysModule(t *vm.Thread) (*vm.Module, error) {
	if h.sys != nil {
		return h.sys, nil
	}
	m := vm.NewModule("sys")
	h.sys = m
	argv := make([]vm.Value, len(h.P.Argv))
	for i, a := range h.P.Argv {
		argv[i] = vm.Str(a)
	}
	m.SetAttr("argv", vm.NewList(argv))
	m.SetAttr("orig_argv", vm.NewList(append([]vm.Value{vm.Str("python3")}, argv...)))
	m.SetAttr("executable", vm.Str(pyExecutable))
	m.SetAttr("platform", vm.Str("linux"))
	m.SetAttr("byteorder", vm.Str("little"))
	m.SetAttr("version", vm.Str(pyVersion))
	m.SetAttr("hexversion", vm.Int(pyHexVersion))
	m.SetAttr("api_version", vm.Int(1013))
	m.SetAttr("maxsize", vm.Int(math.MaxInt64))
	m.SetAttr("maxunicode", vm.Int(0x10ffff))
	m.SetAttr("version_info", versionInfoType.new(vm.Int(3), vm.Int(11), vm.Int(7), vm.Str("final"), vm.Int(0)))
	flags := make(vm.Tuple, len(flagsFields))
	for i := range flags {
		flags[i] = vm.Int(0)
	}
	flags[11] = vm.Int(1)                     // hash_randomization
	flags[13], flags[16] = vm.False, vm.False // dev_mode, safe_path
	flags[17] = vm.Int(-1)                    // int_max_str_digits
	m.SetAttr("flags", flagsType.new(flags...))
	m.SetAttr("path", vm.NewList([]vm.Value{vm.Str(process.Cwd)}))
	m.SetAttr("modules", h.interp.Modules())
	for _, s := range []struct {
		name, mode string
		in         *process.Input
		out        *process.OutStream
	}{{"stdin", "r", h.P.Stdin, nil}, {"stdout", "w", nil, h.P.Stdout}, {"stderr", "w", nil, h.P.Stderr}} {
		f, err := h.newStdStream(t, "<"+s.name+">", s.mode, s.in, s.out)
		if err != nil {
			return nil, err
		}
		m.SetAttr(s.name, f.obj)
		m.SetAttr("__"+s.name+"__", f.obj)
	}
	excepthook := fn("excepthook", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("excepthook", args, kw, 3, 3); err != nil {
			return nil, err
		}
		return vm.None, h.printException(t, args[1])
	})
	unraisablehook := fn("unraisablehook", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("unraisablehook", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.None, h.defaultUnraisable(t, args[0])
	})
	for _, b := range []*vm.Builtin{excepthook, unraisablehook} {
		b.Module = "sys"
		m.SetAttr(b.Name, b)
		m.SetAttr("__"+b.Name+"__", b)
	}
	m.SetFunc("exit", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("exit", args, kw, 0, 1); err != nil {
			return nil, err
		}
		var code vm.Value = vm.None
		if len(args) == 1 {
			code = args[0]
		}
		return nil, h.systemExit(code)
	})
	m.SetFunc("exc_info", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("exc_info", args, kw, 0, 0); err != nil {
			return nil, err
		}
		e := t.Handling()
		if e == nil {
			return vm.Tuple{vm.None, vm.None, vm.None}, nil
		}
		var tb vm.Value = vm.None
		if e.Traceback != nil {
			tb = e.Traceback
		}
		return vm.Tuple{e.Class, e, tb}, nil
	})
	m.SetFunc("exception", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("exception", args, kw, 0, 0); err != nil {
			return nil, err
		}
		if e := t.Handling(); e != nil {
			return e, nil
		}
		return vm.None, nil
	})
	m.SetFunc("getrecursionlimit", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("getrecursionlimit", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return vm.Int(h.interp.RecursionLimit()), nil
	})
	m.SetFunc("setrecursionlimit", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("setrecursionlimit", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := toInt(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, valueError("recursion limit must be greater or equal than 1")
		}
		h.interp.SetRecursionLimit(n)
		return vm.None, nil
	})
	for name, v := range map[string]string{"getdefaultencoding": "utf-8", "getfilesystemencoding": "utf-8"} {
		v := v
		m.SetFunc(name, func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Str(v), nil
		})
	}
	return m, nil
}

// sysAttr returns sys.<name>, or nil when it was deleted.
func (h *Host) sysAttr(name string) vm.Value {
	if h.sys == nil {
		return nil
	}
	v, _ := h.sys.Attr(name)
	return v
}

// systemExit is sys.exit(code): SystemExit carrying code as is. A tuple is
// kept unnormalized, as CPython 3.11's PyErr_SetObject does: the top level
// sees the tuple itself, while an except, finally or with on the way turns
// it into SystemExit(*code) (see normalize).
func (h *Host) systemExit(code vm.Value) *vm.Exception {
	switch c := code.(type) {
	case *vm.Exception:
		if c.Class.IsSubtype(vm.SystemExitType) {
			return c // PyErr_SetObject raises an instance of the class as is
		}
	case vm.NoneType:
		return vm.NewException(vm.SystemExitType)
	}
	e := vm.NewException(vm.SystemExitType, code)
	if tu, ok := code.(vm.Tuple); ok {
		if h.rawTuples == nil {
			h.rawTuples = map[*vm.Exception]vm.Tuple{}
		}
		h.rawTuples[e] = tu
	}
	return e
}

// normalize turns a raw-tuple SystemExit into SystemExit(*tuple), the first
// time Python code gets to see the exception object.
func (h *Host) normalize(e *vm.Exception) {
	tu, ok := h.rawTuples[e]
	if !ok {
		return
	}
	delete(h.rawTuples, e)
	e.Args = tu
	switch len(tu) {
	case 0:
		e.Dict.SetStr("code", vm.None)
	case 1:
		e.Dict.SetStr("code", tu[0])
	default:
		e.Dict.SetStr("code", tu)
	}
}
