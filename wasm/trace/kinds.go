package trace

// Event kinds. Each comment names the kind-specific fields the event sets.
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
	// SignalSent is a signal sent to the process: Signal, Signum, By.
	SignalSent Kind = "signal_sent"
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
	SignalSent, SignalDelivered, HandlerStart, HandlerEnd, SleepStart, SleepEnd, Alarm,
	AtexitRegister, AtexitUnregister, AtexitRun, AtexitError,
	SystemExit, UnhandledException, Phase, Lost, Exit, Truncated,
}
