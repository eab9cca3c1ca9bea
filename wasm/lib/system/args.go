package system

import (
	"math"

	"github.com/exitplay/exitplay/wasm/internal/printf"
	"github.com/exitplay/exitplay/wasm/vm"
)

// typeError and valueError are not inlined, like vm's error
// constructors: they sit on many cold paths.
//
//go:noinline
func typeError(format string, args ...any) error { return vm.Errorf(vm.TypeErrorType, format, args...) }

//go:noinline
func valueError(format string, args ...any) error {
	return vm.Errorf(vm.ValueErrorType, format, args...)
}

// noKwargs rejects keyword arguments as CPython's positional-only
// built-ins do.
func noKwargs(name string, kw []vm.Kwarg) error {
	if len(kw) > 0 {
		return typeError("%s() takes no keyword arguments", name)
	}
	return nil
}

// arity checks a positional-only built-in's argument count with the
// message CPython's Argument Clinic uses.
func arity(name string, args []vm.Value, kw []vm.Kwarg, min, max int) error {
	if err := noKwargs(name, kw); err != nil {
		return err
	}
	n := len(args)
	switch {
	case min == max && n != min && min == 0:
		return typeError("%s() takes no arguments (%d given)", name, n)
	case min == max && n != min && min == 1:
		return typeError("%s() takes exactly one argument (%d given)", name, n)
	case min == max && n != min:
		return typeError("%s expected %d arguments, got %d", name, min, n)
	case n < min:
		return typeError("%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	case n > max:
		return typeError("%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// kwarg returns the keyword argument name, or nil.
func kwarg(kw []vm.Kwarg, name string) vm.Value {
	for _, k := range kw {
		if k.Name == name {
			return k.Value
		}
	}
	return nil
}

// toInt converts an argument to a Go int the way CPython converts to a C
// int: __index__ is used, anything else is a TypeError, and a value that
// does not fit is an OverflowError.
func toInt(t *vm.Thread, v vm.Value) (int, error) {
	if _, big := v.(*vm.BigInt); big {
		return 0, vm.Errorf(vm.OverflowErrorType, "Python int too large to convert to C int")
	}
	n, ok, err := vm.Index(t, v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, typeError("'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	if n > math.MaxInt32 || n < math.MinInt32 {
		return 0, vm.Errorf(vm.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(n), nil
}

// toSeconds converts a time argument (int or float) to float seconds, as
// _PyTime_FromSecondsObject does.
func toSeconds(t *vm.Thread, v vm.Value) (float64, error) {
	switch x := vm.BaseOf(v).(type) {
	case vm.Float:
		if math.IsNaN(float64(x)) {
			return 0, valueError("Invalid value NaN (not a number)")
		}
		return float64(x), nil
	case *vm.BigInt:
		return 0, vm.Errorf(vm.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	n, ok, err := vm.Index(t, v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, typeError("'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	return float64(n), nil
}

// str returns a Go string argument or a TypeError naming what was wanted.
func str(v vm.Value, what string) (string, error) {
	s, ok := vm.BaseOf(v).(vm.Str)
	if !ok {
		return "", typeError("%s must be str, not %s", what, v.Type().Name)
	}
	return string(s), nil
}

// repr is vm.Repr for messages, falling back to the type name.
func repr(t *vm.Thread, v vm.Value) string {
	s, err := vm.Repr(t, v)
	if err != nil {
		return printf.Sprintf("<%s object>", v.Type().Name)
	}
	return s
}

// callableName names a callable for the trace without running Python
// code or giving anything an address: "f", "C.method", "<lambda>", "print".
func callableName(v vm.Value) string {
	switch f := v.(type) {
	case *vm.Function:
		return f.Qualname
	case *vm.Builtin:
		return f.Name
	case *vm.BoundMethod:
		return callableName(f.Func)
	case *vm.Type:
		return f.Name
	}
	return v.Type().Name + " object"
}

// safeRepr is repr(v) for plain data (numbers, strings, bytes, None and
// tuples or lists of them), which runs no Python code; anything else is
// described by its type.
func safeRepr(t *vm.Thread, v vm.Value) string {
	if plain(v) {
		return repr(t, v)
	}
	return "a " + v.Type().Name + " object"
}

func plain(v vm.Value) bool {
	switch x := v.(type) {
	case vm.Str, vm.Int, *vm.BigInt, vm.Bool, vm.NoneType, vm.Float, vm.Bytes:
		return true
	case vm.Tuple:
		for _, item := range x {
			if !plain(item) {
				return false
			}
		}
		return true
	case *vm.List:
		for _, item := range x.Items {
			if !plain(item) {
				return false
			}
		}
		return true
	}
	return false
}

func fn(name string, f vm.BuiltinFunc) *vm.Builtin { return vm.NewBuiltin(name, f) }
