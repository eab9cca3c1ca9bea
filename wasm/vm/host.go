package vm

import (
	"strconv"
	"strings"

	"github.com/exitplay/exitplay/wasm/internal/printf"
	"github.com/exitplay/exitplay/wasm/syntax"
)

// Host is the operating system as the interpreter sees it. The simulated
// process (package process) implements it; NewMemHost is a simple one for
// tests.
type Host interface {
	// Write writes p to file descriptor fd (1 is stdout, 2 is stderr).
	// The error is returned to Python as is: a *Exception (for example an
	// OSError made with NewOSError) or a *HardStop.
	Write(fd int, p []byte) (int, error)
	// ReadLine reads one line, including its "\n", from fd. At end of
	// file it returns "".
	ReadLine(fd int) (string, error)
	// Tick is called at every statement boundary, at every call, and every
	// so often inside long built-in loops, with the number of steps done
	// since the previous call. It advances the virtual clock, enforces the
	// step budget and delivers pending signals. It returns nil to go on; a
	// *HardStop to end the run at once (no except, finally or __exit__
	// runs); or any other error, typically the exception raised by a
	// Python signal handler the host ran through t.Call, which the
	// interpreter raises at this point of the program.
	Tick(t *Thread, steps int) error
}

// HardStop ends a run without unwinding Python code: os._exit, death by
// a signal, or an exhausted budget. It travels as an error up through every
// frame; no handler, finally block or __exit__ sees it.
type HardStop struct {
	// Reason is a short machine word chosen by the host, e.g. "os_exit",
	// "signal" or "limit".
	Reason string
	// Status is the exit status the host wants to report.
	Status int
	// Detail is a human explanation.
	Detail string
}

// Error returns a description of the stop.
func (h *HardStop) Error() string {
	return printf.Sprintf("hard stop (%s, status %d): %s", h.Reason, h.Status, h.Detail)
}

// Observer receives execution events. A nil Observer costs one nil check
// per event site.
type Observer interface {
	Observe(t *Thread, e *Event)
}

// EventKind says what an Event reports.
type EventKind uint8

// Event kinds.
const (
	EvCall      EventKind = iota // a Python function frame starts
	EvReturn                     // a Python function frame returns normally
	EvRaise                      // an exception is raised (new, or re-raised: Reraise is set)
	EvCatch                      // an except clause catches an exception
	EvUnwind                     // a frame is left because of Reason (exception or hard stop)
	EvFinally                    // a finally block is entered because of Reason
	EvWithEnter                  // __enter__ of a with statement returned
	EvWithExit                   // __exit__ ran; Exc is what it was given, Suppressed what it did
	EvGenClose                   // a generator is closed (GeneratorExit thrown in)
)

var eventNames = [...]string{"call", "return", "raise", "catch", "unwind", "finally", "with_enter", "with_exit", "gen_close"}

// String returns a short lower-case name such as "raise".
func (k EventKind) String() string { return eventNames[k] }

// Reason says why control leaves a block or a frame.
type Reason uint8

// Reasons for leaving a block.
const (
	ReasonNormal    Reason = iota // fell off the end
	ReasonException               // an exception propagates
	ReasonReturn                  // a return statement
	ReasonBreak                   // a break statement
	ReasonContinue                // a continue statement
	ReasonHardStop                // a *HardStop (finally blocks do not run for it)
)

var reasonNames = [...]string{"normal", "exception", "return", "break", "continue", "hard_stop"}

// String returns a short lower-case name such as "return".
func (r Reason) String() string { return reasonNames[r] }

// Event is one execution event.
type Event struct {
	Kind EventKind
	// Span is the source range of the statement or expression concerned.
	Span syntax.Span
	// Depth is the Python call depth (0 for module-level code).
	Depth int
	// Func is the co_name of the frame ("<module>", "f", "<lambda>", ...).
	Func string
	// Exc is the exception involved, if any.
	Exc *Exception
	// Reraise marks an EvRaise of an exception that was already raised once
	// (a bare raise, or one propagating out of a finally block).
	Reraise bool
	// Reason says why a block is left (EvUnwind, EvFinally).
	Reason Reason
	// Suppressed reports, for EvWithExit, that __exit__ swallowed Exc.
	Suppressed bool
	// Handler is the except clause's type expression as written ("" for a
	// bare except) for EvCatch.
	Handler string
}

// ModuleInit builds a built-in module for an interpreter.
type ModuleInit func(t *Thread) (*Module, error)

var registry = map[string]ModuleInit{}

// RegisterModule makes a built-in module importable by name in every
// interpreter created afterwards. A later registration of the same name
// replaces an earlier one: the full sys module of package lib/sys replaces
// the minimal one this package registers, and Options.Modules overrides
// both for one interpreter.
func RegisterModule(name string, init ModuleInit) { registry[name] = init }

// RegisterSource makes a module written in Python importable by name; it is
// compiled and run by the importing interpreter on first import.
func RegisterSource(name, src string) {
	registry[name] = func(t *Thread) (*Module, error) {
		return t.interp.execSource(name, []byte(src), stdlibSource)
	}
}

// RegisterNativeSource is RegisterSource for a module that stands in for
// one CPython implements in C (io's StringIO, ...): its frames never
// appear in tracebacks.
func RegisterNativeSource(name, src string) {
	registry[name] = func(t *Thread) (*Module, error) {
		return t.interp.execSource(name, []byte(src), nativeSource)
	}
}

// RegisterFrozenSource is RegisterSource for a module CPython freezes into
// its binary (os, _collections_abc): tracebacks name its frames
// "<frozen NAME>" and, having no file to read, show no source line, and
// the module has no __file__.
//
// Such a module's line numbers are part of what tracebacks print, so src
// may place its lines: a line holding only the comment "#@ N" is replaced
// by blank lines so that the line after it is line N. Placing a line
// before the current one panics, at registration.
func RegisterFrozenSource(name, src string) {
	placed := []byte(placeLines(name, src))
	registry[name] = func(t *Thread) (*Module, error) {
		return t.interp.execSource(name, placed, frozenSource)
	}
}

// placeLines expands the "#@ N" markers of RegisterFrozenSource.
func placeLines(name, src string) string {
	var b strings.Builder
	line := 1
	for _, text := range strings.SplitAfter(src, "\n") {
		n, isMarker := lineMarker(text)
		if !isMarker {
			b.WriteString(text)
			line++
			continue
		}
		if n < line {
			panic(printf.Sprintf("vm: %s: line %d cannot be placed at line %d", name, line, n))
		}
		b.WriteString(strings.Repeat("\n", n-line))
		line = n
	}
	return b.String()
}

// lineMarker parses a "#@ N" line.
func lineMarker(text string) (int, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(text), "#@ ")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(rest)
	return n, err == nil
}

// Options configure an Interpreter.
type Options struct {
	// Builtins add to or replace names of the builtins module, e.g. the
	// process's open, exit and quit.
	Builtins map[string]Value
	// Modules add to or replace registered built-in modules for this
	// interpreter only.
	Modules map[string]ModuleInit
	// RecursionLimit is sys.getrecursionlimit(); 0 means 1000.
	RecursionLimit int
	// Unraisable, when set, reports an exception that cannot propagate
	// (from __del__, ...) with the object it concerns, as
	// sys.unraisablehook does; it returns nil or a *HardStop. When nil the
	// interpreter writes CPython's default report to stderr.
	Unraisable func(t *Thread, err error, obj Value) error
	// Roots, when set, returns the Python values the host holds (atexit
	// callbacks, signal handlers, ...), so that objects they reference are
	// not finalized while the host still needs them.
	Roots func() []Value
	// MaxAlloc is the size in bytes of the largest object (string, bytes,
	// list, int) one operation may build before it raises MemoryError;
	// 0 means 64 MiB.
	MaxAlloc int64
}

// Outcome is how RunMain ended. When every field is nil the module ran to
// its end.
type Outcome struct {
	// Exc is the exception that escaped __main__ (SystemExit,
	// KeyboardInterrupt or any other).
	Exc *Exception
	// Stop is set when a *HardStop ended the run.
	Stop *HardStop
	// Syntax is set when the program did not compile; nothing ran.
	Syntax *syntax.Error
	// Internal is a bug in the interpreter (a recovered Go panic).
	Internal error
}
