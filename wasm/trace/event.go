package trace

// Event is one entry of the termination trace.
//
// The envelope (Seq, Time, Step, Kind, Span, Depth, Text) is present on every
// event. The remaining fields are kind-specific and omitted from the JSON
// when empty; the documentation of each Kind constant says which it sets.
type Event struct {
	// Seq is the event's index in the trace, from 0.
	Seq int `json:"seq"`
	// Time is the virtual time in seconds since the process started.
	Time float64 `json:"t"`
	// Step is the number of steps executed when the event happened.
	Step int64 `json:"step"`
	// Kind says what happened.
	Kind Kind `json:"kind"`
	// Span is the source range the event belongs to, if any.
	Span *Span `json:"span,omitempty"`
	// Depth is the Python call depth (0 at module level).
	Depth int `json:"depth"`
	// Text is a short human description.
	Text string `json:"text"`

	// Stream is "stdout", "stderr", "stdin" or the path of a file on the
	// simulated disk.
	Stream string `json:"stream,omitempty"`
	// Data is the text written, flushed, read or lost, cut to MaxData
	// bytes.
	Data string `json:"data,omitempty"`
	// DataLen is the full length in bytes of a Data that was cut.
	DataLen int `json:"data_len,omitempty"`
	// Buffered is the number of bytes left in the stream's buffers after a
	// write or flush (omitted when zero).
	Buffered int `json:"buffered,omitempty"`
	// Why is the cause: why a flush happened ("line", "full", "explicit",
	// "unbuffered", "shutdown", "close"), why a finally block was entered
	// ("exception", "return", "break", "continue", "normal"), or the name of
	// a shutdown phase.
	Why string `json:"why,omitempty"`
	// Signal is a signal's name, e.g. "SIGTERM".
	Signal string `json:"signal,omitempty"`
	// Signum is a signal's number.
	Signum int `json:"signum,omitempty"`
	// By says who sent a signal: "schedule", "os.kill", "signal.raise_signal",
	// "signal.alarm" or "signal.setitimer".
	By string `json:"by,omitempty"`
	// Disposition is what a delivered signal met: "handler",
	// "default_int_handler", "ignore", "terminate", "core", "stop" or
	// "continue".
	Disposition string `json:"disposition,omitempty"`
	// Seconds is a duration: the length of a sleep or of an alarm.
	Seconds float64 `json:"seconds,omitempty"`
	// Interrupted is true when a sleep ended early because of a signal.
	Interrupted bool `json:"interrupted,omitempty"`
	// Func names the function called, returned from, or registered.
	Func string `json:"func,omitempty"`
	// Exception is the exception involved, as "Type: message".
	Exception string `json:"exception,omitempty"`
	// Outcome says how a with-block exit or handler ended: "suppressed",
	// "propagated", "returned" or "raised".
	Outcome string `json:"outcome,omitempty"`
	// Mode is the stdout mode of a process_start event: "tty" or "pipe".
	Mode string `json:"mode,omitempty"`
	// Pid is the process id of a process_start event.
	Pid int `json:"pid,omitempty"`
	// Status is the shell exit status of an exit or system_exit event.
	Status *int `json:"status,omitempty"`
	// Returncode is subprocess's returncode of an exit event.
	Returncode *int `json:"returncode,omitempty"`
	// Reason is the Result reason of an exit event.
	Reason string `json:"reason,omitempty"`
}

// Kind names an event kind.
type Kind string

// Span is a range of source text. Lines are 1-based; columns are 0-based
// character (not byte) offsets, like CPython's col_offset but in
// characters. A span on one line whose Col and EndCol are both 0 covers the
// whole line: events such as writes know the statement's line, not a range
// within it.
type Span struct {
	Line    int `json:"line"`
	Col     int `json:"col"`
	EndLine int `json:"end_line"`
	EndCol  int `json:"end_col"`
}

// Int returns a pointer to n, for the optional integer fields.
func Int(n int) *int { return &n }
