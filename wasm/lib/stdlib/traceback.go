package stdlib

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/vm"
)

// exceptionArg picks the exception from print_exception's arguments: the
// 3.10+ form (exc) or the old (type, value, tb).
func exceptionArg(args []vm.Value) *vm.Exception {
	if len(args) == 0 {
		return nil
	}
	if e, ok := args[0].(*vm.Exception); ok {
		return e
	}
	if len(args) > 1 {
		if e, ok := args[1].(*vm.Exception); ok {
			return e
		}
	}
	return nil
}

// chunks splits formatted traceback text into the pieces CPython's
// format_exception returns: the header, one string per frame, and the
// exception lines.
func chunks(text string) []vm.Value {
	var out []vm.Value
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, vm.Str(cur.String()))
			cur.Reset()
		}
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "    ") {
			flush()
		}
		cur.WriteString(line)
		if !strings.HasPrefix(line, "  File ") && !strings.HasPrefix(line, "    ") {
			flush()
		}
	}
	flush()
	return out
}

func format(t *vm.Thread, e *vm.Exception) string {
	if e == nil {
		return "NoneType: None\n"
	}
	return vm.FormatException(t, e)
}

func writeFile(t *vm.Thread, kw []vm.Kwarg, s string) error {
	var file vm.Value
	for _, k := range kw {
		if k.Name == "file" && k.Value != vm.None {
			file = k.Value
		}
	}
	if file == nil {
		sys, err := t.Interp().Import(t, "sys")
		if err != nil {
			return err
		}
		file, err = vm.GetAttr(t, sys, "stderr")
		if err != nil {
			return err
		}
	}
	w, err := vm.GetAttr(t, file, "write")
	if err != nil {
		return err
	}
	_, err = t.Call(w, vm.Str(s))
	return err
}

func newTraceback(t *vm.Thread) (*vm.Module, error) {
	m := vm.NewModule("traceback")
	m.SetFunc("format_exc", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.Str(format(t, t.Handling())), nil
	})
	m.SetFunc("print_exc", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.None, writeFile(t, kw, format(t, t.Handling()))
	})
	m.SetFunc("format_exception", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.NewList(chunks(format(t, exceptionArg(args)))), nil
	})
	m.SetFunc("print_exception", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.None, writeFile(t, kw, format(t, exceptionArg(args)))
	})
	m.SetFunc("format_exception_only", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		e := exceptionArg(args)
		if e == nil {
			return vm.NewList([]vm.Value{vm.Str("NoneType: None\n")}), nil
		}
		return vm.NewList([]vm.Value{vm.Str(vm.FormatExceptionOnly(t, e))}), nil
	})
	m.SetFunc("format_tb", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		tb, ok := args[0].(*vm.Traceback)
		if !ok {
			return vm.NewList(nil), nil
		}
		return vm.NewList(chunks(vm.FormatTraceback(tb))), nil
	})
	m.SetFunc("print_tb", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		tb, ok := args[0].(*vm.Traceback)
		if !ok {
			return vm.None, nil
		}
		return vm.None, writeFile(t, kw, vm.FormatTraceback(tb))
	})
	return m, nil
}
