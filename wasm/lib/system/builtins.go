package system

import (
	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/vm"
)

// quitterType is _sitebuiltins.Quitter, the class of the exit and quit
// built-ins. Its instances are plain instances whose dict holds name and
// eof, as in CPython.
var quitterType = newType("Quitter", "_sitebuiltins", nil, map[string]vm.BuiltinFunc{
	"__repr__": quitterRepr,
	"__str__":  quitterRepr,
	"__call__": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		var code vm.Value = vm.None
		switch c := kwarg(kw, "code"); {
		case len(args) > 2 || len(args) == 2 && c != nil:
			return nil, typeError("Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", len(args))
		case len(args) == 2:
			code = args[1]
		case c != nil:
			code = c
		}
		// Quitter.__call__ closes sys.stdin first, ignoring any error.
		if sys, ok := t.Interp().Modules().GetStr("sys"); ok {
			if stdin, err := vm.GetAttr(t, sys, "stdin"); err == nil && stdin != vm.None {
				if closeFn, err := vm.GetAttr(t, stdin, "close"); err == nil {
					if _, err := t.Call(closeFn); isHardStop(err) {
						return nil, err
					}
				}
			}
		}
		return nil, vm.NewException(vm.SystemExitType, code)
	},
}, nil)

func quitterRepr(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
	var parts [2]string
	for i, attr := range []string{"name", "eof"} {
		v, err := vm.GetAttr(t, args[0], attr)
		if err != nil {
			return nil, err
		}
		if parts[i], err = vm.ToStr(t, v); err != nil {
			return nil, err
		}
	}
	return vm.Str("Use " + parts[0] + "() or " + parts[1] + " to exit"), nil
}

func newQuitter(name string) *vm.Instance {
	q := &vm.Instance{Class: quitterType, Dict: vm.NewDict()}
	q.Dict.SetStr("name", vm.Str(name))
	q.Dict.SetStr("eof", vm.Str("Ctrl-D (i.e. EOF)"))
	return q
}

// builtins returns the built-ins that reach the process: open, exit, quit.
func (h *Host) builtins() map[string]vm.Value {
	return map[string]vm.Value{
		"exit": newQuitter("exit"),
		"quit": newQuitter("quit"),
		"open": fn("open", h.open),
	}
}

var openParams = []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}

// open is the built-in open() over the simulated disk. buffering, errors,
// newline, closefd and opener are accepted and, except for the checks
// CPython makes, ignored: every file gets the default buffering.
func (h *Host) open(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
	if len(args) > len(openParams) {
		return nil, typeError("open() takes at most 8 arguments (%d given)", len(args))
	}
	params := map[string]vm.Value{}
	for i, a := range args {
		params[openParams[i]] = a
	}
	for _, k := range kw {
		known := false
		for _, p := range openParams {
			known = known || p == k.Name
		}
		if !known {
			return nil, typeError("open() got an unexpected keyword argument '%s'", k.Name)
		}
		if _, dup := params[k.Name]; dup {
			return nil, typeError("argument for open() given by name ('%s') and position (%d)", k.Name, indexOf(openParams, k.Name)+1)
		}
		params[k.Name] = k.Value
	}
	file, ok := params["file"]
	if !ok {
		return nil, typeError("open() missing required argument 'file' (pos 1)")
	}
	var path string
	switch f := vm.BaseOf(file).(type) {
	case vm.Str:
		path = string(f)
	case vm.Bytes:
		path = string(f)
	default:
		return nil, typeError("expected str, bytes or os.PathLike object, not %s", file.Type().Name)
	}
	mode := "r"
	if m, ok := params["mode"]; ok {
		s, err := str(m, "open() argument 'mode'")
		if err != nil {
			return nil, err
		}
		mode = s
	}
	pm, err := process.ParseMode(mode)
	if err != nil {
		return nil, h.pyErr(err)
	}
	if enc, ok := params["encoding"]; ok && enc != vm.None && pm.Binary {
		return nil, valueError("binary mode doesn't take an encoding argument")
	}
	if b, ok := params["buffering"]; ok {
		if n, isInt, _ := vm.Index(t, b); isInt && n == 0 && !pm.Binary {
			return nil, valueError("can't have unbuffered text I/O")
		}
	}
	f, err := h.P.FS.Open(path, mode)
	if err != nil {
		return nil, h.pyErr(err)
	}
	return h.newFileObject(t, file, mode, f)
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
