package system

import (
	"runtime/debug"
	"strconv"

	"github.com/exitplay/exitplay/wasm/internal/printf"
	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/syntax"
	"github.com/exitplay/exitplay/wasm/trace"
	"github.com/exitplay/exitplay/wasm/vm"
)

// Reasons a process ended; the same words as sim's Result.Reason.
const (
	EndNormal     = "normal"
	EndSystemExit = "system_exit"
	EndException  = "exception"
	EndSyntax     = "syntax_error"
	EndOSExit     = "os_exit"
	EndSignal     = "signal"
	EndLimit      = "limit"
	EndInternal   = "internal_error"
)

// Ending is how a process ended.
type Ending struct {
	// Reason is one of the End* words.
	Reason string
	// Status is the shell status ($?); -1 for EndLimit and EndInternal.
	Status int
	// Returncode is subprocess's view: Status, or -N for death by signal N.
	Returncode int
	// Signal is the fatal (or stopping) signal.
	Signal int
	// Code is repr(SystemExit.code) for EndSystemExit; CodeInt says it was
	// None or an integer, Masked that the status is not the code itself.
	Code    string
	CodeInt bool
	Masked  bool
	// ExcType is the class of the exception that ended the run (for
	// EndException and EndSyntax), or of an exact KeyboardInterrupt.
	ExcType string
	// Exc is the uncaught exception for EndException, Syntax the error
	// that kept the script from compiling for EndSyntax.
	Exc    *vm.Exception
	Syntax *syntax.Error
	// At is the innermost place in the script that Exc's traceback passes
	// through: where the program raised it, as far as the script shows.
	At *trace.Span
	// Message describes Exc or Syntax in one line: a SyntaxError's last
	// line as CPython prints it, an exception's class and, when it is a
	// plain value, its first argument (as the trace describes it).
	Message string
	// KeyboardInterrupt marks the CPython re-kill with SIGINT after an
	// unhandled KeyboardInterrupt.
	KeyboardInterrupt bool
	// Halt is the hard stop, for EndOSExit, EndSignal and EndLimit.
	Halt *process.Halt
	// Lost is the buffered output discarded by a hard stop.
	Lost []process.LostOutput
	// Internal is the failure for EndInternal.
	Internal string
	// FlushFailed marks that flushing sys.stdout or sys.stderr at exit
	// failed, which makes CPython exit with status 120.
	FlushFailed bool
}

func (h *Host) phase(name string) {
	h.emit(trace.Event{Kind: trace.Phase, Why: name, Text: name})
}

// Finish plays CPython's ending for a script file after __main__ ended
// with out (reference §0): flush_io, the SystemExit message or
// sys.excepthook, atexit callbacks, flush_std_files, module teardown,
// final flushes; or nothing at all after a hard stop. It releases the
// interpreter's generators and returns how the process ended.
func (h *Host) Finish(out vm.Outcome) (end Ending) {
	defer h.interp.Shutdown()
	defer func() {
		if r := recover(); r != nil {
			end = Ending{Reason: EndInternal, Status: -1, Returncode: -1, Internal: printf.Sprintf("%v\n%s", r, debug.Stack())}
		}
	}()
	t := h.interp.Thread()
	switch {
	case out.Internal != nil:
		return Ending{Reason: EndInternal, Status: -1, Returncode: -1, Internal: out.Internal.Error()}
	case out.Syntax != nil:
		h.P.Stderr.Write(vm.FormatSyntaxError(out.Syntax))
		if err := h.P.FlushStd("shutdown"); err != nil {
			return h.halted(err)
		}
		return Ending{Reason: EndSyntax, Status: 1, Returncode: 1, ExcType: out.Syntax.Kind, Syntax: out.Syntax,
			Message: out.Syntax.Kind + ": " + out.Syntax.Msg}
	case out.Stop != nil:
		return h.halted(out.Stop)
	}
	h.phase("flush_io")
	if err := h.flushIO(t); err != nil {
		return h.halted(err)
	}
	end = Ending{Reason: EndNormal}
	if e := out.Exc; e != nil {
		var err error
		if e.Class.IsSubtype(vm.SystemExitType) {
			end, err = h.handleSystemExit(t, e)
		} else {
			end, err = h.handleException(t, e)
		}
		if err != nil {
			return h.halted(err)
		}
	}
	// The escaped exception and its traceback are dropped: frames it kept
	// alive, with their local objects and generators, are freed.
	if err := h.interp.ReleaseUnreachable(); err != nil {
		return h.halted(err)
	}
	flushFailed, err := h.finalize(t)
	if err != nil {
		return h.halted(err)
	}
	if flushFailed {
		end.FlushFailed, end.Status, end.Returncode = true, 120, 120
	}
	if end.KeyboardInterrupt {
		end.Reason, end.Status, end.Returncode, end.Signal = EndSignal, 128+process.SIGINT, -process.SIGINT, process.SIGINT
	}
	return end
}

// finalize is Py_FinalizeEx from atexit on. It reports whether
// flush_std_files failed (Py_FinalizeEx() < 0: status 120).
func (h *Host) finalize(t *vm.Thread) (flushFailed bool, err error) {
	h.phase("atexit")
	if err := h.runAtexit(t); err != nil {
		return false, err
	}
	// atexit_cleanup drops the callbacks: what they alone held goes now.
	if err := h.interp.ReleaseUnreachable(); err != nil {
		return false, err
	}
	h.phase("flush_std_files")
	if flushFailed, err = h.flushStdFiles(t); err != nil {
		return false, err
	}
	// _PySignal_Fini drops the handlers, then one cycle collection runs.
	h.signalsFinalized = true
	h.phase("gc")
	if err := h.interp.CollectCycles(); err != nil {
		return false, err
	}
	h.phase("finalize_modules")
	h.finalizing = true
	if err := h.teardown(t); err != nil {
		return false, err
	}
	// Module teardown puts the original sys.stdout and sys.stderr back
	// before the second flush_std_files; open files are flushed as they
	// are destroyed.
	h.phase("flush_std_files")
	if err := h.P.FlushStd("shutdown"); err != nil {
		return false, h.pyErr(err)
	}
	return flushFailed, h.pyErr(h.P.CloseFiles())
}

// callFlush calls sys.<name>.flush() unless the stream is None or
// closed, and returns its error.
func (h *Host) callFlush(t *vm.Thread, name string) error {
	f := h.sysAttr(name)
	if f == nil || f == vm.None {
		return nil
	}
	if s, ok := streamOf(f); ok && s.out != nil && !s.binary {
		if s.closed() {
			return nil
		}
		return h.pyErr(s.out.Text.Flush("shutdown"))
	}
	if closed, err := vm.GetAttr(t, f, "closed"); err == nil {
		if b, _ := vm.Truth(t, closed); b {
			return nil
		}
	}
	flush, err := vm.GetAttr(t, f, "flush")
	if err == nil {
		_, err = t.Call(flush)
	}
	return err
}

// flushIO is flush_io(): stderr, then stdout, errors ignored.
func (h *Host) flushIO(t *vm.Thread) error {
	for _, name := range []string{"stderr", "stdout"} {
		if err := h.callFlush(t, name); isHardStop(err) {
			return err
		}
	}
	return nil
}

// flushStdFiles is flush_std_files(): stdout, then stderr. A failure is a
// failed finalization (status 120); stdout's is also reported as
// unraisable, stderr's silently.
func (h *Host) flushStdFiles(t *vm.Thread) (failed bool, err error) {
	for _, name := range []string{"stdout", "stderr"} {
		ferr := h.callFlush(t, name)
		switch {
		case ferr == nil:
			continue
		case isHardStop(ferr):
			return false, ferr
		case name == "stdout":
			if err := h.unraisable(t, ferr, h.sysAttr(name)); err != nil {
				return false, err
			}
		}
		failed = true
	}
	return failed, nil
}

// handleSystemExit is _Py_HandleSystemExit: the exit status from the code,
// printing a code that is not an integer (or None) to sys.stderr.
func (h *Host) handleSystemExit(t *vm.Thread, e *vm.Exception) (Ending, error) {
	code := e.Attr("code")
	if raw, ok := h.rawTuples[e]; ok {
		code = raw
	}
	if code == nil {
		code = vm.None
	}
	end := Ending{Reason: EndSystemExit, Code: safeRepr(t, code), CodeInt: true}
	if inst, ok := code.(*vm.Instance); ok && inst.Class.IsSubtype(vm.IntType) {
		// An int subclass is an int here: a class derived from int by its
		// built-in value (whatever its __index__ says), an IntEnum member
		// made in Go by its __index__.
		if inst.Base != nil {
			code = inst.Base
			end.Code = safeRepr(t, code)
		} else if n, ok, err := vm.Index(t, inst); ok && err == nil {
			code = vm.Int(n)
			end.Code = strconv.FormatInt(int64(n), 10)
		}
	}
	switch c := code.(type) {
	case vm.NoneType:
		end.Code = "None"
	case vm.Bool:
		if c {
			end.Status = 1
		}
	case vm.Int:
		end.Status = process.ExitStatus(int64(c), false)
		end.Masked = int64(end.Status) != int64(c)
	case *vm.BigInt:
		end.Status, end.Masked = process.ExitStatus(0, true), true
	default:
		end.CodeInt = false
		end.Status = 1
		s, err := vm.ToStr(t, code)
		if isHardStop(err) {
			return end, err
		}
		if err != nil {
			s = "<exception str() failed>"
		}
		if err := h.writeSysOrFd2(t, s+"\n"); err != nil {
			return end, err
		}
	}
	end.Returncode = end.Status
	h.emit(trace.Event{Kind: trace.SystemExit, Exception: "SystemExit: " + end.Code, Status: trace.Int(end.Status), Span: h.raisedAt(e)})
	return end, nil
}

// raisedAt is the innermost place in the script (sys.argv[0]) that e's
// traceback passes through, or nil.
func (h *Host) raisedAt(e *vm.Exception) *trace.Span {
	if len(h.P.Argv) == 0 {
		return nil
	}
	var at *trace.Span
	for tb := e.Traceback; tb != nil; tb = tb.Next {
		if src := tb.Frame.Code.Source; src != nil && src.Filename == h.P.Argv[0] {
			at = span(tb.Node.Span())
		}
	}
	return at
}

// writeSysOrFd2 writes to sys.stderr, or straight to fd 2 when sys.stderr
// is None or missing (C stderr).
func (h *Host) writeSysOrFd2(t *vm.Thread, text string) error {
	if f := h.sysAttr("stderr"); f != nil && f != vm.None {
		err := h.writeTo(t, f, text)
		if isHardStop(err) {
			return err
		}
		return nil
	}
	_, err := h.P.WriteFd(2, []byte(text))
	return h.pyErr(err)
}

// handleException is _PyErr_PrintEx for anything but SystemExit: set
// sys.last_*, call sys.excepthook; status 1, or the status of a SystemExit
// the hook raised.
func (h *Host) handleException(t *vm.Thread, e *vm.Exception) (Ending, error) {
	end := Ending{Reason: EndException, Status: 1, Returncode: 1, ExcType: e.Class.QualifiedName(), Exc: e, Message: excText(e)}
	end.KeyboardInterrupt = e.Class == vm.KeyboardInterruptType
	end.At = h.raisedAt(e)
	h.emit(trace.Event{Kind: trace.UnhandledException, Exception: excText(e), Span: end.At})
	if err := h.callExcepthook(t, e); err != nil {
		se, ok := err.(*vm.Exception)
		if !ok || !se.Class.IsSubtype(vm.SystemExitType) {
			return end, err
		}
		return h.handleSystemExit(t, se)
	}
	return end, nil
}

// callExcepthook calls sys.excepthook(type, value, tb) as PyErr_PrintEx
// does. It returns a hard stop, or the SystemExit the hook raised; any
// other failure of the hook is reported on sys.stderr.
func (h *Host) callExcepthook(t *vm.Thread, e *vm.Exception) error {
	var tb vm.Value = vm.None
	if e.Traceback != nil {
		tb = e.Traceback
	}
	if h.sys != nil {
		h.sys.SetAttr("last_type", e.Class)
		h.sys.SetAttr("last_value", e)
		h.sys.SetAttr("last_traceback", tb)
	}
	hook := h.sysAttr("excepthook")
	if hook == nil {
		if _, err := h.P.WriteFd(2, []byte("sys.excepthook is missing\n")); err != nil {
			return h.pyErr(err)
		}
		return h.hardOnly(h.printException(t, e))
	}
	_, err := t.Call(hook, e.Class, e, tb)
	if err == nil || isHardStop(err) {
		return err
	}
	he, ok := err.(*vm.Exception)
	if !ok {
		return err
	}
	if he.Class.IsSubtype(vm.SystemExitType) {
		return he
	}
	text := "Error in sys.excepthook:\n" + vm.FormatException(t, he) + "\nOriginal exception was:\n" + vm.FormatException(t, e)
	return h.hardOnly(h.writeStderr(t, text))
}

// hardOnly keeps a hard stop and drops any other error.
func (h *Host) hardOnly(err error) error {
	if isHardStop(err) {
		return err
	}
	return nil
}

// teardown is module teardown as CPython 3.11 plays it for __main__
// (observed; the term/gen_teardown_* conformance programs record it).
// First sys.last_traceback goes: the frames an uncaught exception passed
// through drop their variables, innermost frame first. Then the globals
// are dropped in dict order. An object is finalized when first reached:
// an instance runs __del__ and then drops its attributes in order, a
// generator is closed, a file closed, all at once; but a list, tuple or
// dict is put off, and the containers put off are emptied afterwards,
// first come, first served: a list or tuple from its end, a dict in
// order, putting off the containers found inside in turn.
//
// Suspended generators left after that (held by a function's closure or
// defaults, or by another module) are closed in the order they started;
// CPython's order for those depends on its garbage collector's lists and
// is not always this one.
func (h *Host) teardown(t *vm.Thread) error {
	td := &teardown{h: h, t: t, seen: map[vm.Value]bool{}}
	// Deleting sys.last_traceback frees the frames the uncaught exception
	// passed through, innermost first, each dropping its variables.
	if tb, ok := h.sysAttr("last_traceback").(*vm.Traceback); ok {
		var frames []*vm.Frame
		for ; tb != nil; tb = tb.Next {
			frames = append(frames, tb.Frame)
		}
		for i := len(frames) - 1; i >= 0; i-- {
			if err := td.dropAll(frames[i].Locals, false); err != nil {
				return err
			}
		}
		if err := td.drain(); err != nil {
			return err
		}
	}
	if err := td.dropAll(h.mainGlobals(), false); err != nil {
		return err
	}
	if err := td.drain(); err != nil {
		return err
	}
	for _, g := range h.interp.SuspendedGenerators() {
		if err := h.finalizeOnce(t, g); err != nil {
			return err
		}
	}
	return nil
}

// teardown is the state of one module teardown: the objects reached and
// the containers put off.
type teardown struct {
	h     *Host
	t     *vm.Thread
	seen  map[vm.Value]bool // tuples cannot be keys: only containers close cycles
	later []vm.Value
}

// drop drops one reference to v during teardown.
func (td *teardown) drop(v vm.Value) error {
	switch x := v.(type) {
	case *vm.Cell:
		return td.drop(x.V)
	case vm.Tuple:
		td.later = append(td.later, x)
	case *vm.List, *vm.Dict:
		if !td.seen[v] {
			td.seen[v] = true
			td.later = append(td.later, x)
		}
	case *vm.Instance, *vm.Generator:
		if td.seen[v] {
			return nil
		}
		td.seen[v] = true
		if err := td.h.finalizeOnce(td.t, v); err != nil {
			return err
		}
		if o, ok := x.(*vm.Instance); ok {
			if _, isStream := streamOf(o); !isStream {
				return td.dropAll(dictValues(o.Dict), false)
			}
		}
	}
	return nil
}

// drain empties the containers put off, first come, first served.
func (td *teardown) drain() error {
	for len(td.later) > 0 {
		c := td.later[0]
		td.later = td.later[1:]
		if err := td.empty(c); err != nil {
			return err
		}
	}
	return nil
}

// empty drops what a container put off holds.
func (td *teardown) empty(c vm.Value) error {
	switch x := c.(type) {
	case vm.Tuple:
		return td.dropAll(x, true)
	case *vm.List:
		return td.dropAll(x.Items, true)
	case *vm.Dict:
		return td.dropAll(dictValues(x), false)
	}
	return nil
}

func (td *teardown) dropAll(vs []vm.Value, fromEnd bool) error {
	for i := range vs {
		v := vs[i]
		if fromEnd {
			v = vs[len(vs)-1-i]
		}
		if err := td.drop(v); err != nil {
			return err
		}
	}
	return nil
}

// mainGlobals returns the values of __main__'s globals in dict order.
func (h *Host) mainGlobals() []vm.Value {
	main := h.interp.Main()
	if main == nil {
		return nil
	}
	var vs []vm.Value
	for _, kv := range main.Globals.Items() {
		if name, _ := kv[0].(vm.Str); name != "__builtins__" {
			vs = append(vs, kv[1])
		}
	}
	return vs
}

// finalizeOnce is finalizeOne for objects not yet finalized in this run.
func (h *Host) finalizeOnce(t *vm.Thread, v vm.Value) error {
	if h.released == nil {
		h.released = map[vm.Value]bool{}
	}
	if h.released[v] || h.interp.Released(v) {
		return nil // already finalized, here or by the interpreter
	}
	h.released[v] = true
	return h.finalizeOne(t, v)
}

// finalizeOne finalizes one object: __del__, generator close, file close.
func (h *Host) finalizeOne(t *vm.Thread, v vm.Value) error {
	switch x := v.(type) {
	case *vm.Instance:
		if s, ok := streamOf(x); ok {
			if s.file != nil {
				return h.pyErr(s.file.Close())
			}
			return nil
		}
		if del := x.Class.Lookup("__del__"); del != nil {
			if _, err := t.Call(del, x); err != nil {
				return h.unraisable(t, err, del)
			}
		}
	case *vm.Generator:
		if err := x.Close(t); err != nil {
			return h.unraisable(t, err, x)
		}
	}
	return nil
}

// unraisable reports a finalizer's exception ("Exception ignored in: …");
// only a hard stop comes back.
func (h *Host) unraisable(t *vm.Thread, err error, obj vm.Value) error {
	if isHardStop(err) {
		return err
	}
	return h.hardOnly(h.writeUnraisable(t, err, "Exception ignored in", obj))
}

func dictValues(d *vm.Dict) []vm.Value {
	items := d.Items()
	vs := make([]vm.Value, len(items))
	for i, kv := range items {
		vs[i] = kv[1]
	}
	return vs
}

// halted ends the run after a hard stop: buffered output is lost.
func (h *Host) halted(err error) Ending {
	halt := h.Halt
	if halt == nil {
		detail := err.Error()
		if hs, ok := err.(*vm.HardStop); ok {
			detail = hs.Detail
		}
		halt = &process.Halt{Reason: process.HaltLimit, Detail: detail}
	}
	end := Ending{Halt: halt, Lost: h.P.Discard(), Signal: halt.Signal}
	switch halt.Reason {
	case process.HaltOSExit:
		end.Reason, end.Status, end.Returncode = EndOSExit, halt.Status, halt.Status
	case process.HaltSignal:
		end.Reason, end.Status, end.Returncode = EndSignal, halt.Status, -halt.Signal
	default:
		end.Reason, end.Status, end.Returncode = EndLimit, -1, -1
	}
	return end
}
