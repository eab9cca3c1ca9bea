package system

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/vm"
)

// unraisableArgsType is sys.UnraisableHookArgs, what sys.unraisablehook
// receives.
var unraisableArgsType = newStructSeqType("sys", "UnraisableHookArgs", []string{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"})

// writeStderr writes text to the current sys.stderr through its write
// method, so a replaced sys.stderr receives it; with sys.stderr None or
// missing the text is dropped, as CPython drops it.
func (h *Host) writeStderr(t *vm.Thread, text string) error {
	return h.writeTo(t, h.sysAttr("stderr"), text)
}

func (h *Host) writeTo(t *vm.Thread, file vm.Value, text string) error {
	if file == nil || file == vm.None || text == "" {
		return nil
	}
	write, err := vm.GetAttr(t, file, "write")
	if err == nil {
		_, err = t.Call(write, vm.Str(text))
	}
	return err
}

// printException is the default sys.excepthook: the full traceback of v on
// sys.stderr.
func (h *Host) printException(t *vm.Thread, v vm.Value) error {
	e, ok := v.(*vm.Exception)
	if !ok {
		return h.writeStderr(t, "TypeError: print_exception(): Exception expected for value, "+v.Type().Name+" found\n")
	}
	limit, ok := h.sysAttr("tracebacklimit").(vm.Int)
	if !ok {
		return h.writeStderr(t, vm.FormatException(t, e))
	}
	var b strings.Builder
	formatLimited(t, &b, e, int(limit), map[*vm.Exception]bool{})
	return h.writeStderr(t, b.String())
}

// formatLimited formats an exception chain as PyErr_Display does when
// sys.tracebacklimit is set: each traceback keeps only its last limit
// entries, and none at all (not even the header) when limit <= 0.
func formatLimited(t *vm.Thread, b *strings.Builder, e *vm.Exception, limit int, seen map[*vm.Exception]bool) {
	seen[e] = true
	if e.Cause != nil && !seen[e.Cause] {
		formatLimited(t, b, e.Cause, limit, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if e.Context != nil && !e.SuppressContext && !seen[e.Context] {
		formatLimited(t, b, e.Context, limit, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if tb := e.Traceback; tb != nil && limit > 0 {
		n := 0
		for x := tb; x != nil; x = x.Next {
			n++
		}
		for ; n > limit; n-- {
			tb = tb.Next
		}
		b.WriteString("Traceback (most recent call last):\n" + vm.FormatTraceback(tb))
	}
	b.WriteString(vm.FormatExceptionOnly(t, e))
}

// writeUnraisable is _PyErr_WriteUnraisableMsg: err is reported as
// "msg: repr(obj)" with its traceback, through sys.unraisablehook when the
// program replaced it.
func (h *Host) writeUnraisable(t *vm.Thread, err error, msg string, obj vm.Value) error {
	e, ok := err.(*vm.Exception)
	if !ok {
		return err
	}
	var tb vm.Value = vm.None
	if e.Traceback != nil {
		tb = e.Traceback
	}
	args := unraisableArgsType.new(e.Class, e, tb, vm.Str(msg), obj)
	hook := h.sysAttr("unraisablehook")
	if hook == nil || hook == vm.None {
		return h.defaultUnraisable(t, args)
	}
	if _, herr := t.Call(hook, args); herr != nil {
		if isHardStop(herr) {
			return herr
		}
		if he, ok := herr.(*vm.Exception); ok {
			h.defaultUnraisable(t, unraisableArgsType.new(he.Class, he, vm.None, vm.Str("Exception ignored in sys.unraisablehook"), hook))
		}
		return h.defaultUnraisable(t, args)
	}
	return nil
}

// defaultUnraisable is sys.__unraisablehook__ (write_unraisable_exc_file).
func (h *Host) defaultUnraisable(t *vm.Thread, v vm.Value) error {
	items := unraisableArgsType.items(v)
	if items == nil {
		return typeError("sys.unraisablehook argument type must be UnraisableHookArgs")
	}
	var b strings.Builder
	msg, obj := items[3], items[4]
	switch {
	case obj != vm.None && msg != vm.None:
		b.WriteString(string(msg.(vm.Str)) + ": " + repr(t, obj) + "\n")
	case obj != vm.None:
		b.WriteString("Exception ignored in: " + repr(t, obj) + "\n")
	case msg != vm.None:
		b.WriteString(string(msg.(vm.Str)) + ":\n")
	}
	if tb, ok := items[2].(*vm.Traceback); ok {
		text := vm.FormatTraceback(tb)
		if h.finalizing {
			text = withoutSource(text)
		}
		b.WriteString("Traceback (most recent call last):\n" + text)
	}
	if e, ok := items[1].(*vm.Exception); ok {
		s, _ := vm.ToStr(t, e)
		b.WriteString(e.Class.QualifiedName() + ": " + s + "\n")
	}
	return h.writeStderr(t, b.String())
}

// withoutSource drops the source and caret lines of a formatted traceback,
// as CPython prints tracebacks during module teardown, when the source can
// no longer be read.
func withoutSource(tb string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(tb, "\n") {
		if strings.HasPrefix(line, "  File ") || strings.HasPrefix(line, "  [Previous") {
			b.WriteString(line)
		}
	}
	return b.String()
}
