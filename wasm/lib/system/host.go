package system

import (
	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/trace"
	"github.com/exitplay/exitplay/wasm/vm"
)

// Host connects one interpreter to one simulated process. It implements
// vm.Host and vm.Observer and holds the state the Python modules share.
type Host struct {
	// P is the simulated process.
	P *process.Process
	// Halt is the hard stop that ended the run, if one did.
	Halt *process.Halt

	interp *vm.Interpreter
	sys    *vm.Module

	defaultIntHandler *vm.Builtin
	signalsEnum       *enum
	handlersEnum      *enum
	rawTuples         map[*vm.Exception]vm.Tuple
	released          map[vm.Value]bool // objects finalized at shutdown
	ioClasses         map[string]*vm.Type
	signalsFinalized  bool // _PySignal_Fini ran: handlers are no longer held
	weakRefs          map[vm.Value][]*weakRef
	finalizing        bool // module teardown: tracebacks lose their source lines
}

// NewHost returns a host for p. Pass it (as host and observer) and its
// Options to vm.New, then call Bind with the interpreter.
func NewHost(p *process.Process) *Host {
	h := &Host{P: p}
	h.defaultIntHandler = fn("default_int_handler", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return nil, vm.NewException(vm.KeyboardInterruptType)
	})
	h.defaultIntHandler.Module = "_signal"
	p.SetDisposition(process.SIGINT, process.Disposition{Kind: process.DispHandler, Handler: h.defaultIntHandler, Builtin: true})
	return h
}

// Options returns the interpreter options that install this host's
// modules and built-ins, with the recursion limit and the largest object
// an operation may build (0: the interpreter's defaults).
func (h *Host) Options(recursionLimit int, maxAlloc int64) vm.Options {
	return vm.Options{
		Modules: map[string]vm.ModuleInit{
			"sys":   h.sysModule,
			"posix": h.posixModule,
			"posixpath": func(*vm.Thread) (*vm.Module, error) {
				return h.osPathModule(), nil
			},
			"_signal":  h.signalModule,
			"atexit":   h.atexitModule,
			"time":     h.timeModule,
			"_weakref": h.weakrefModule,
		},
		Builtins:       h.builtins(),
		RecursionLimit: recursionLimit,
		MaxAlloc:       maxAlloc,
		Unraisable:     h.unraisable,
		Roots:          h.roots,
	}
}

// roots returns the Python values the process holds outside the
// interpreter's reach: atexit callbacks with their arguments and signal
// handlers. Objects they reference stay alive (no __del__) while held.
func (h *Host) roots() []vm.Value {
	vs := h.atexitValues()
	if !h.signalsFinalized {
		vs = append(vs, h.handlerValues()...)
	}
	return vs
}

// atexitValues returns the registered atexit callbacks and their
// arguments.
func (h *Host) atexitValues() []vm.Value {
	var vs []vm.Value
	for _, e := range h.P.Atexit.Entries() {
		vs = append(vs, e.Func.(vm.Value), e.Args.(vm.Tuple))
		kw, _ := e.Kwargs.([]vm.Kwarg)
		for _, k := range kw {
			vs = append(vs, k.Value)
		}
	}
	return vs
}

// handlerValues returns the Python signal handlers installed.
func (h *Host) handlerValues() []vm.Value {
	var vs []vm.Value
	for sig := 1; sig < process.NSIG; sig++ {
		if d := h.P.Disposition(sig); d.Kind == process.DispHandler && !d.Builtin {
			vs = append(vs, d.Handler.(vm.Value))
		}
	}
	return vs
}

// Bind attaches the interpreter created with Options.
func (h *Host) Bind(in *vm.Interpreter) { h.interp = in }

// emit records a trace event. Not inlined: an Event is large, and a copy
// of the recorder's code at each of the two dozen call sites would add
// kilobytes to the browser module for no measurable speed.
//
//go:noinline
func (h *Host) emit(e trace.Event) { h.P.Trace().Emit(e) }

// Write is os.write(fd, p) for the interpreter.
func (h *Host) Write(fd int, p []byte) (int, error) {
	n, err := h.P.WriteFd(fd, p)
	return n, h.pyErr(err)
}

// ReadLine reads one line of stdin ("" at end of file).
func (h *Host) ReadLine(fd int) (string, error) {
	if fd != 0 {
		return "", vm.NewOSError(process.EBADF, process.Strerror(process.EBADF), nil)
	}
	line, err := h.P.Stdin.ReadLine(-1)
	return line, h.pyErr(err)
}

// Tick advances the process by steps and runs the Python handlers of the
// signals that became pending. Importing a frozen module (os,
// _collections_abc) takes no time: CPython has imported them before the
// program starts.
func (h *Host) Tick(t *vm.Thread, steps int) error {
	if importingFrozen(t) {
		return nil
	}
	if err := h.P.TickN(steps); err != nil {
		return h.pyErr(err)
	}
	return h.runHandlers(t)
}

// importingFrozen reports whether the running code is a frozen module's
// import: the frames from the top down to that module's own code all
// belong to frozen modules.
func importingFrozen(t *vm.Thread) bool {
	for fr := t.Frame(); fr != nil && isFrozen(fr); fr = fr.Back {
		if fr.Code.Name == "<module>" {
			return true
		}
	}
	return false
}

// runHandlers calls the Python handler of every pending signal, lowest
// number first, as PyErr_CheckSignals does. An exception from a handler
// is returned for the interpreter to raise where the program was
// interrupted; the remaining signals stay pending.
func (h *Host) runHandlers(t *vm.Thread) error {
	for {
		sig, d, ok := h.P.PendingHandler()
		if !ok {
			return nil
		}
		name := process.SignalName(sig)
		h.emit(trace.Event{Kind: trace.HandlerStart, Signal: name, Signum: sig, Func: callableName(d.Handler.(vm.Value))})
		var frame vm.Value = vm.None
		if fr := t.Frame(); fr != nil {
			frame = fr
		}
		_, err := t.Call(d.Handler.(vm.Value), vm.Int(sig), frame)
		if err != nil {
			if isHardStop(err) {
				return err
			}
			h.emit(trace.Event{Kind: trace.HandlerEnd, Signal: name, Signum: sig, Outcome: "raised", Exception: excText(err)})
			return err
		}
		h.emit(trace.Event{Kind: trace.HandlerEnd, Signal: name, Signum: sig, Outcome: "returned"})
	}
}

// isHardStop reports whether err is a *vm.HardStop. Errors are never
// wrapped in the engine, so a type assertion is errors.As here (and keeps
// reflection out of the browser module).
func isHardStop(err error) bool {
	_, ok := err.(*vm.HardStop)
	return ok
}

// excText describes an exception for the trace without running Python
// code: the class and, when it is a plain value, the first argument.
func excText(err error) string {
	e, ok := err.(*vm.Exception)
	if !ok {
		return err.Error()
	}
	name := e.Class.QualifiedName()
	if len(e.Args) == 0 {
		return name
	}
	switch a := e.Args[0].(type) {
	case vm.Str:
		if len(e.Args) == 1 && e.Class.IsSubtype(vm.KeyErrorType) {
			// str() of a KeyError is the repr of its key.
			text, _ := vm.Repr(nil, a)
			return name + ": " + text
		}
		return name + ": " + string(a)
	case vm.Int, vm.Bool, vm.NoneType, vm.Float:
		text, _ := vm.Repr(nil, a) // these reprs run no Python code
		return name + ": " + text
	}
	return name + ": <" + e.Args[0].Type().Name + ">"
}

// unsupportedOperation is io.UnsupportedOperation.
var unsupportedOperation = newExcType("UnsupportedOperation", "io", vm.OSErrorType, vm.ValueErrorType)

// pyErr turns an error of package process into what Python sees: an
// exception, or a *vm.HardStop for a *process.Halt (remembered in h.Halt).
func (h *Host) pyErr(err error) error {
	switch e := err.(type) {
	case nil:
		return nil
	case *process.Halt:
		if h.Halt == nil {
			h.Halt = e
		}
		return &vm.HardStop{Reason: haltReason(h.Halt), Status: h.Halt.Status, Detail: h.Halt.Error()}
	case *process.OSError:
		var filename vm.Value
		if e.Filename != "" {
			filename = vm.Str(e.Filename)
		}
		return vm.NewOSError(e.Errno, process.Strerror(e.Errno), filename)
	case process.ValueError:
		return vm.Errorf(vm.ValueErrorType, "%s", string(e))
	case process.UnsupportedOperation:
		return vm.NewException(unsupportedOperation, vm.Str(string(e)))
	}
	return err
}

func haltReason(h *process.Halt) string {
	switch h.Reason {
	case process.HaltOSExit:
		return "os_exit"
	case process.HaltSignal:
		return "signal"
	}
	return "limit"
}
