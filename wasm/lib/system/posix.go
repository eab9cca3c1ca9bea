package system

import (
	"path"
	"strings"

	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/vm"
)

// exitCodes are os.EX_* (sysexits.h).
var exitCodes = map[string]int{
	"EX_OK": 0, "EX_USAGE": 64, "EX_DATAERR": 65, "EX_NOINPUT": 66, "EX_NOUSER": 67, "EX_NOHOST": 68,
	"EX_UNAVAILABLE": 69, "EX_SOFTWARE": 70, "EX_OSERR": 71, "EX_OSFILE": 72, "EX_CANTCREAT": 73,
	"EX_IOERR": 74, "EX_TEMPFAIL": 75, "EX_PROTOCOL": 76, "EX_NOPERM": 77, "EX_CONFIG": 78,
}

// posixModule is posix, the Go half of the os module (os.py): the calls
// into the simulated process and the environment os.environ wraps.
func (h *Host) posixModule(t *vm.Thread) (*vm.Module, error) {
	m := vm.NewModule("posix")
	for name, code := range exitCodes {
		m.SetAttr(name, vm.Int(code))
	}
	environ := vm.NewDict()
	for _, kv := range h.P.Environ {
		environ.SetStr(kv[0], vm.Str(kv[1]))
	}
	m.SetAttr("environ", environ)
	m.SetFunc("putenv", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("putenv", args, kw, 2, 2); err != nil {
			return nil, err
		}
		name, err := envString(args[0])
		if err != nil {
			return nil, err
		}
		value, err := envString(args[1])
		if err != nil {
			return nil, err
		}
		if strings.Contains(name, "=") {
			return nil, valueError("illegal environment variable name")
		}
		return vm.None, h.pyErr(h.P.Setenv(name, value))
	})
	m.SetFunc("unsetenv", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("posix.unsetenv", args, kw, 1, 1); err != nil {
			return nil, err
		}
		name, err := envString(args[0])
		if err != nil {
			return nil, err
		}
		return vm.None, h.pyErr(h.P.Unsetenv(name))
	})
	m.SetFunc("_exit", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if len(args) == 0 && kwarg(kw, "status") == nil {
			return nil, typeError("_exit() missing required argument 'status' (pos 1)")
		}
		status := kwarg(kw, "status")
		if status == nil {
			if err := arity("_exit", args, kw, 1, 1); err != nil {
				return nil, err
			}
			status = args[0]
		}
		n, err := toInt(t, status)
		if err != nil {
			return nil, err
		}
		return nil, h.pyErr(h.P.OSExit(n))
	})
	m.SetFunc("abort", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("abort", args, kw, 0, 0); err != nil {
			return nil, err
		}
		// abort() resets SIGABRT to SIG_DFL if a handler returns, so the
		// process always dies of it.
		h.P.SetDisposition(6, process.Disposition{})
		return nil, h.pyErr(h.P.Kill(6, "os.abort"))
	})
	for name, v := range map[string]int{"getpid": process.Pid, "getppid": process.Ppid, "getuid": 1000, "getgid": 1000} {
		v := v
		name := name
		m.SetFunc(name, func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if err := arity(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return vm.Int(v), nil
		})
	}
	m.SetFunc("getcwd", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.Str(process.Cwd), arity("getcwd", args, kw, 0, 0)
	})
	m.SetFunc("kill", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("kill", args, kw, 2, 2); err != nil {
			return nil, err
		}
		pid, err := toInt(t, args[0])
		if err != nil {
			return nil, err
		}
		sig, err := toInt(t, args[1])
		if err != nil {
			return nil, err
		}
		if pid != process.Pid && pid != 0 {
			if !process.ValidSignal(sig) && sig != 0 {
				return nil, vm.NewOSError(process.EINVAL, process.Strerror(process.EINVAL), nil)
			}
			return nil, vm.NewOSError(process.ESRCH, process.Strerror(process.ESRCH), nil)
		}
		if err := h.pyErr(h.P.Kill(sig, "os.kill")); err != nil {
			return nil, err
		}
		// CPython checks for signals when a call returns: a handler runs
		// before the statement that called os.kill goes on.
		return vm.None, h.runHandlers(t)
	})
	m.SetFunc("fsync", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("fsync", args, kw, 1, 1); err != nil {
			return nil, err
		}
		fdArg := args[0]
		if _, isInt := fdArg.(vm.Int); !isInt {
			if fileno, err := vm.GetAttr(t, fdArg, "fileno"); err == nil {
				if fdArg, err = t.Call(fileno); err != nil {
					return nil, err
				}
			}
		}
		fd, err := toInt(t, fdArg)
		if err != nil {
			return nil, err
		}
		// Only regular files can be synced; the stdio pipes and terminals
		// give EINVAL. Python's own buffers are not flushed.
		if _, ok := h.P.FS.ByFd(fd); ok {
			return vm.None, nil
		}
		if fd >= 0 && fd <= 2 {
			return nil, vm.NewOSError(process.EINVAL, process.Strerror(process.EINVAL), nil)
		}
		return nil, vm.NewOSError(process.EBADF, process.Strerror(process.EBADF), nil)
	})
	m.SetFunc("listdir", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("listdir", args, kw, 0, 1); err != nil {
			return nil, err
		}
		dir := "."
		if len(args) == 1 {
			s, err := str(args[0], "listdir() argument 'path'")
			if err != nil {
				return nil, err
			}
			dir = s
		}
		names, err := h.P.FS.List(dir)
		if err != nil {
			return nil, h.pyErr(err)
		}
		items := make([]vm.Value, len(names))
		for i, n := range names {
			items[i] = vm.Str(n)
		}
		return vm.NewList(items), nil
	})
	m.SetFunc("write", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("write", args, kw, 2, 2); err != nil {
			return nil, err
		}
		fd, err := toInt(t, args[0])
		if err != nil {
			return nil, err
		}
		data, ok := args[1].(vm.Bytes)
		if !ok {
			return nil, typeError("a bytes-like object is required, not '%s'", args[1].Type().Name)
		}
		n, err := h.P.WriteFd(fd, []byte(data))
		if err != nil {
			return nil, h.pyErr(err)
		}
		return vm.Int(n), nil
	})
	m.SetFunc("strerror", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("strerror", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := toInt(t, args[0])
		return vm.Str(process.Strerror(n)), err
	})
	pathFunc := func(name string, op func(string) error) {
		m.SetFunc(name, func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if err := arity(name, args, kw, 1, 2); err != nil { // mkdir's mode is accepted and ignored
				return nil, err
			}
			p, err := str(args[0], name+"() argument 'path'")
			if err != nil {
				return nil, err
			}
			return vm.None, h.pyErr(op(p))
		})
	}
	pathFunc("mkdir", h.P.FS.Mkdir)
	pathFunc("rmdir", h.P.FS.Rmdir)
	m.SetFunc("makedirs", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if len(args) < 1 || len(args) > 3 {
			return nil, typeError("makedirs() takes from 1 to 3 positional arguments but %d were given", len(args))
		}
		p, err := str(args[0], "makedirs() argument 'name'")
		if err != nil {
			return nil, err
		}
		existOK := false
		if v := kwarg(kw, "exist_ok"); v != nil {
			if existOK, err = vm.Truth(t, v); err != nil {
				return nil, err
			}
		} else if len(args) == 3 {
			if existOK, err = vm.Truth(t, args[2]); err != nil {
				return nil, err
			}
		}
		parts := strings.Split(p, "/")
		for i := range parts {
			prefix := strings.Join(parts[:i+1], "/")
			if prefix == "" || (i < len(parts)-1 && h.P.FS.IsDir(prefix)) {
				continue
			}
			err := h.P.FS.Mkdir(prefix)
			if err != nil && !(i == len(parts)-1 && existOK && h.P.FS.IsDir(prefix)) {
				return nil, h.pyErr(err)
			}
		}
		return vm.None, nil
	})
	for _, name := range []string{"remove", "unlink"} {
		name := name
		m.SetFunc(name, func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if err := arity(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			p, err := str(args[0], name+"() argument 'path'")
			if err != nil {
				return nil, err
			}
			return vm.None, h.pyErr(h.P.FS.Remove(p))
		})
	}
	for name, pred := range map[string]func(int) bool{
		"WIFEXITED": process.WIFEXITED, "WIFSIGNALED": process.WIFSIGNALED,
	} {
		pred := pred
		m.SetFunc(name, func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			n, err := oneInt(t, args, kw)
			return vm.Bool(pred(n)), err
		})
	}
	for name, get := range map[string]func(int) int{
		"WEXITSTATUS": process.WEXITSTATUS, "WTERMSIG": process.WTERMSIG,
	} {
		get := get
		m.SetFunc(name, func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			n, err := oneInt(t, args, kw)
			return vm.Int(get(n)), err
		})
	}
	return m, nil
}

// envString converts a name or value for putenv and unsetenv: str or
// bytes, without NUL characters.
func envString(v vm.Value) (string, error) {
	var s string
	switch x := v.(type) {
	case vm.Str:
		s = string(x)
	case vm.Bytes:
		s = string(x)
	default:
		return "", typeError("expected str, bytes or os.PathLike object, not %s", v.Type().Name)
	}
	if strings.Contains(s, "\x00") {
		return "", valueError("embedded null byte")
	}
	return s, nil
}

func oneInt(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (int, error) {
	if len(args) != 1 || len(kw) > 0 {
		return 0, typeError("function takes exactly 1 argument (%d given)", len(args)+len(kw))
	}
	return toInt(t, args[0])
}

// osPathModule is posixpath, which os.py makes os.path, for the simulated
// disk: join, split and existence checks.
func (h *Host) osPathModule() *vm.Module {
	m := vm.NewModule("posixpath")
	m.SetAttr("sep", vm.Str("/"))
	strFn := func(name string, f func(args []string) vm.Value) {
		m.SetFunc(name, func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if err := noKwargs(name, kw); err != nil {
				return nil, err
			}
			ss := make([]string, len(args))
			for i, a := range args {
				s, ok := vm.BaseOf(a).(vm.Str)
				if !ok {
					return nil, typeError("expected str, bytes or os.PathLike object, not %s", a.Type().Name)
				}
				ss[i] = string(s)
			}
			if len(ss) == 0 {
				return nil, typeError("%s() missing required positional argument", name)
			}
			return f(ss), nil
		})
	}
	strFn("join", func(parts []string) vm.Value {
		out := parts[0]
		for _, p := range parts[1:] {
			switch {
			case strings.HasPrefix(p, "/"):
				out = p
			case out == "" || strings.HasSuffix(out, "/"):
				out += p
			default:
				out += "/" + p
			}
		}
		return vm.Str(out)
	})
	strFn("basename", func(a []string) vm.Value { return vm.Str(a[0][strings.LastIndex(a[0], "/")+1:]) })
	strFn("dirname", func(a []string) vm.Value {
		head := a[0][:strings.LastIndex(a[0], "/")+1]
		if strings.Trim(head, "/") != "" {
			head = strings.TrimRight(head, "/")
		}
		return vm.Str(head)
	})
	strFn("exists", func(a []string) vm.Value { return vm.Bool(h.P.FS.Exists(a[0]) || h.P.FS.IsDir(a[0])) })
	strFn("isfile", func(a []string) vm.Value { return vm.Bool(h.P.FS.Exists(a[0])) })
	strFn("isdir", func(a []string) vm.Value { return vm.Bool(h.P.FS.IsDir(a[0])) })
	strFn("abspath", func(a []string) vm.Value {
		if strings.HasPrefix(a[0], "/") {
			return vm.Str(path.Clean(a[0]))
		}
		return vm.Str(path.Join(process.Cwd, a[0]))
	})
	strFn("splitext", func(a []string) vm.Value {
		base := a[0][strings.LastIndex(a[0], "/")+1:]
		dot := strings.LastIndex(base, ".")
		if dot <= 0 || strings.Trim(base[:dot], ".") == "" {
			return vm.Tuple{vm.Str(a[0]), vm.Str("")}
		}
		cut := len(a[0]) - len(base) + dot
		return vm.Tuple{vm.Str(a[0][:cut]), vm.Str(a[0][cut:])}
	})
	return m
}
