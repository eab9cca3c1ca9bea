package trace

import "github.com/exitplay/exitplay/wasm/internal/printf"

// Event kinds. Each comment names the kind-specific fields the event sets.
//
// Span: the interpreter's events (Call to GenClose) carry the range of the
// code concerned; an event the program causes through a call (a write, a
// HandlerSet, a SleepStart, an AtexitRegister, ...) carries the range of
// that call in the script, or the script's current line (see
// Recorder.Where); AtexitRun and AtexitError carry their callback's
// registration, SystemExit and UnhandledException the innermost place in
// the script the exception passed through. Events of the shutdown itself
// (Phase, the final flushes, Exit) have none.
const (
	// ProcessStart opens every trace: Mode, Pid, Text (the command line).
	ProcessStart Kind = "process_start"
	// Write is a write by the program to a stream or file: Stream, Data,
	// Buffered (bytes still held in buffers afterwards).
	Write Kind = "write"
	// Flush is data reaching the file descriptor or the disk: Stream, Data,
	// Why, Buffered.
	Flush Kind = "flush"
	// Input is a read from stdin that returned text: Data.
	Input Kind = "input"
	// EOF is a read from stdin that met the end of the supplied text.
	EOF Kind = "eof"
	// FileOpen is a file opened on the simulated disk: Stream (the path),
	// Text (the mode).
	FileOpen Kind = "file_open"
	// FileClose is a file closed: Stream.
	FileClose Kind = "file_close"
	// Call is a Python function call: Func.
	Call Kind = "call"
	// Return is a Python function returning normally: Func.
	Return Kind = "return"
	// Raise is an exception raised: Exception.
	Raise Kind = "raise"
	// Catch is an exception caught by an except clause: Exception.
	Catch Kind = "catch"
	// Unwind is an exception leaving a frame: Func, Exception.
	Unwind Kind = "unwind"
	// Finally is a finally block entered: Why.
	Finally Kind = "finally"
	// WithEnter is a context manager's __enter__ called.
	WithEnter Kind = "with_enter"
	// WithExit is a context manager's __exit__ returning: Exception (passed
	// in, if any), Outcome ("suppressed" or "propagated").
	WithExit Kind = "with_exit"
	// GenClose is a suspended generator closed (GeneratorExit thrown in):
	// Func.
	GenClose Kind = "gen_close"
	// HandlerSet is signal.signal changing a disposition: Signal, Signum,
	// Disposition (the new one), Func (the handler, if Python code).
	HandlerSet Kind = "handler_set"
	// SignalSent is a signal sent to the process: Signal, Signum, By.
	SignalSent Kind = "signal_sent"
	// SignalUnsent is a scheduled signal the process did not live to
	// receive: Signal, Signum, Seconds (its scheduled time).
	SignalUnsent Kind = "signal_unsent"
	// SignalDelivered is a signal acted upon: Signal, Signum, Disposition.
	SignalDelivered Kind = "signal_delivered"
	// HandlerStart is a Python signal handler called: Signal, Signum, Func.
	HandlerStart Kind = "handler_start"
	// HandlerEnd is a Python signal handler finished: Signal, Signum,
	// Outcome ("returned" or "raised"), Exception.
	HandlerEnd Kind = "handler_end"
	// SleepStart is time.sleep or signal.pause beginning: Seconds (0 for
	// pause).
	SleepStart Kind = "sleep_start"
	// SleepEnd is a sleep finished or interrupted: Seconds slept,
	// Interrupted.
	SleepEnd Kind = "sleep_end"
	// Alarm is a timer armed or cancelled: Seconds (0 cancels), By.
	Alarm Kind = "alarm"
	// AtexitRegister is atexit.register: Func.
	AtexitRegister Kind = "atexit_register"
	// AtexitUnregister is atexit.unregister removing callbacks: Func.
	AtexitUnregister Kind = "atexit_unregister"
	// AtexitRun is an atexit callback starting: Func.
	AtexitRun Kind = "atexit_run"
	// AtexitError is an atexit callback that raised: Func, Exception.
	AtexitError Kind = "atexit_error"
	// SystemExit is a SystemExit reaching the top level: Exception, Status.
	SystemExit Kind = "system_exit"
	// UnhandledException is another exception reaching the top level:
	// Exception.
	UnhandledException Kind = "unhandled_exception"
	// Phase is a shutdown phase beginning: Why (the phase name).
	Phase Kind = "phase"
	// Lost is buffered output discarded at exit: Stream, Data.
	Lost Kind = "lost"
	// Exit ends every trace: Status, Returncode, Reason, Signal, Text (the
	// explanation).
	Exit Kind = "exit"
	// Truncated marks that the trace hit its event budget; later events
	// other than Lost and Exit were dropped.
	Truncated Kind = "truncated"
)

// Kinds lists every event kind in the order above.
var Kinds = []Kind{
	ProcessStart, Write, Flush, Input, EOF, FileOpen, FileClose,
	Call, Return, Raise, Catch, Unwind, Finally, WithEnter, WithExit, GenClose,
	HandlerSet, SignalSent, SignalUnsent, SignalDelivered, HandlerStart, HandlerEnd, SleepStart, SleepEnd, Alarm,
	AtexitRegister, AtexitUnregister, AtexitRun, AtexitError,
	SystemExit, UnhandledException, Phase, Lost, Exit, Truncated,
}

// describe fills in Text for an event that has none, from its kind and
// fields, so every event reads as a short sentence.
func describe(e *Event) {
	if e.Text != "" {
		return
	}
	switch e.Kind {
	case Write:
		e.Text = printf.Sprintf("%s.write(%q)", e.Stream, e.Data)
	case Flush:
		e.Text = printf.Sprintf("%d bytes reached %s (%s)", len(e.Data), e.Stream, e.Why)
	case Input:
		e.Text = printf.Sprintf("read %q from stdin", e.Data)
	case FileClose:
		e.Text = "closed " + e.Stream
	case Call:
		e.Text = "call " + e.Func
	case Return:
		e.Text = "return from " + e.Func
	case Raise:
		e.Text = "raise " + e.Exception
	case Catch:
		e.Text = "caught " + e.Exception
	case Unwind:
		e.Text = printf.Sprintf("%s leaves %s (%s)", e.Exception, e.Func, e.Why)
		if e.Exception == "" {
			e.Text = printf.Sprintf("leave %s (%s)", e.Func, e.Why)
		}
	case Finally:
		e.Text = "finally block entered (" + e.Why + ")"
	case WithEnter:
		e.Text = "with: __enter__ returned"
	case WithExit:
		e.Text = "with: __exit__ returned"
		if e.Outcome != "" {
			e.Text += ", " + e.Exception + " " + e.Outcome
		}
	case GenClose:
		e.Text = "generator " + e.Func + " closed"
	case HandlerSet:
		e.Text = printf.Sprintf("signal.signal(%s, %s)", e.Signal, e.Disposition)
		if e.Func != "" {
			e.Text = printf.Sprintf("signal.signal(%s, %s)", e.Signal, e.Func)
		}
	case SignalUnsent:
		e.Text = printf.Sprintf("%s scheduled at %g s was never sent: the process had already ended", e.Signal, e.Seconds)
	case SignalDelivered:
		e.Text = printf.Sprintf("%s delivered: %s", e.Signal, e.Disposition)
	case HandlerStart:
		e.Text = printf.Sprintf("%s handler %s starts", e.Signal, e.Func)
	case HandlerEnd:
		e.Text = printf.Sprintf("%s handler %s", e.Signal, e.Outcome)
		if e.Exception != "" {
			e.Text += " " + e.Exception
		}
	case SleepStart:
		e.Text = printf.Sprintf("sleep %g s", e.Seconds)
	case SleepEnd:
		e.Text = printf.Sprintf("slept %g s", e.Seconds)
		if e.Interrupted {
			e.Text += ", interrupted by a signal"
		}
	case Alarm:
		e.Text = printf.Sprintf("%s: %s in %g s", e.By, e.Signal, e.Seconds)
		if e.Seconds == 0 {
			e.Text = e.By + ": timer cancelled"
		}
	case AtexitRegister:
		e.Text = "atexit.register(" + e.Func + ")"
	case AtexitUnregister:
		e.Text = "atexit.unregister(" + e.Func + ")"
	case AtexitRun:
		e.Text = "atexit callback " + e.Func
	case AtexitError:
		e.Text = "atexit callback " + e.Func + " raised " + e.Exception
	case SystemExit:
		e.Text = e.Exception + " reached the top level"
	case UnhandledException:
		e.Text = "unhandled " + e.Exception
	}
}
