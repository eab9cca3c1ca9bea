// Package sim is the single entry point to the exitplay engine: it takes a
// snippet (Python source, stdin, a signal schedule and a stdout mode), runs it
// in a simulated CPython 3.11 process and returns everything a reader needs
// to see how the program ended.
//
// The browser module (wasm/main.go), the server (POST /api/run and the
// server-rendered pages) and the CLI (`exitplay run`) all call Run; the JSON
// forms of Request and Result are the same wherever the engine runs.
package sim

import "github.com/exitplay/exitplay/wasm/trace"

// Version is the engine version recorded in every Result and stored with
// shared snippets.
const Version = "0.1.0"

// SchemaVersion is the version of the Result JSON format. It changes whenever
// a field is renamed, removed or changes meaning.
const SchemaVersion = 1

// Stdout modes: where the simulated process's fd 1 and fd 2 point.
const (
	// ModeTTY is a terminal: stdout and stderr are line-buffered and the
	// reader sees one combined stream.
	ModeTTY = "tty"
	// ModePipe is a pipe: stdout is block-buffered (an 8192-character text
	// buffer), stderr is line-buffered.
	ModePipe = "pipe"
)

// Request is a snippet: everything that determines a run. Its JSON form is
// the snippet format of the API and of permalinks.
type Request struct {
	// Code is the Python source of the main script.
	Code string `json:"code"`
	// Stdin is the text the program reads; after it, input() meets EOF.
	Stdin string `json:"stdin,omitempty"`
	// Signals are delivered by "someone else" at the given virtual times.
	Signals []ScheduledSignal `json:"signals,omitempty"`
	// Stdout is ModeTTY or ModePipe; empty means ModeTTY.
	Stdout string `json:"stdout,omitempty"`
	// Filename is the script's name as tracebacks print it; empty means
	// "main.py".
	Filename string `json:"filename,omitempty"`
	// Limits overrides the default budgets; nil means the defaults.
	Limits *Limits `json:"limits,omitempty"`
}

// ScheduledSignal is one external signal of a run's schedule.
type ScheduledSignal struct {
	// Signal is a name ("SIGTERM", "TERM") or a number ("15").
	Signal string `json:"signal"`
	// At is the virtual time in seconds since the process started.
	At float64 `json:"at"`
}

// Limits are the budgets that make every run end. A zero field means the
// default for that field.
type Limits struct {
	// Steps is the maximum number of executed steps (statements and calls).
	Steps int64 `json:"steps,omitempty"`
	// Seconds is the maximum virtual time.
	Seconds float64 `json:"seconds,omitempty"`
	// OutputBytes is the maximum number of bytes written to stdout and
	// stderr together.
	OutputBytes int `json:"output_bytes,omitempty"`
	// MemoryBytes is the size of the largest object (str, bytes, list,
	// int) one operation may build before it raises MemoryError; zero
	// means the interpreter's default of 64 MiB.
	MemoryBytes int64 `json:"memory_bytes,omitempty"`
}

// Reasons a run ended (Result.Reason).
const (
	ReasonNormal        = "normal"         // __main__ finished
	ReasonSystemExit    = "system_exit"    // SystemExit escaped (exit(), sys.exit(), raise SystemExit)
	ReasonException     = "exception"      // another exception escaped: traceback, status 1
	ReasonSyntaxError   = "syntax_error"   // the script did not compile; nothing ran
	ReasonOSExit        = "os_exit"        // os._exit(n): nothing ran afterwards
	ReasonSignal        = "signal"         // killed by a signal's default action (incl. SIGINT after KeyboardInterrupt)
	ReasonLimit         = "limit"          // stopped by the playground: a budget ran out
	ReasonInternalError = "internal_error" // a bug in exitplay; never a CPython outcome
)

// Result is everything a run produced.
type Result struct {
	// Engine is Version at the time of the run.
	Engine string `json:"engine"`
	// Schema is SchemaVersion.
	Schema int `json:"schema"`
	// Status is the exit status a shell would see ($?): 0–255, 128+N for
	// death by signal N. For ReasonLimit and ReasonInternalError it is -1:
	// no real process would have ended this way.
	Status int `json:"status"`
	// Returncode is what subprocess reports: the status, or -N for death by
	// signal N.
	Returncode int `json:"returncode"`
	// Reason is one of the Reason constants.
	Reason string `json:"reason"`
	// Signal is the name of the fatal signal when Reason is ReasonSignal.
	Signal string `json:"signal,omitempty"`
	// Explanation is one human sentence saying how and why the run ended.
	Explanation string `json:"explanation"`
	// Stdout and Stderr are what reached fd 1 and fd 2.
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
	// Terminal is the output in the order a terminal (or a single `2>&1`
	// pipe) shows it: consecutive writes to the same stream are merged.
	Terminal []Chunk `json:"terminal"`
	// Lost is output that was written by the program but never reached its
	// destination (still buffered at os._exit or at death by a signal).
	Lost []Lost `json:"lost"`
	// Files are the files left on the simulated disk at exit.
	Files []File `json:"files"`
	// ErrorAt is where the error that ended the run points in the script,
	// for an editor to underline: the SyntaxError's range when the script
	// did not compile (ReasonSyntaxError), or for an uncaught exception
	// (ReasonException) the innermost place in the script its traceback
	// passes through. It is absent otherwise.
	ErrorAt *ErrorAt `json:"error_at,omitempty"`
	// Trace is the termination trace.
	Trace []trace.Event `json:"trace"`
	// Stats are the run's resource counters.
	Stats Stats `json:"stats"`
}

// ErrorAt is a range of the script and the error found there. Lines are
// 1-based; columns are 0-based offsets in characters (not bytes), and the
// end is exclusive. A SyntaxError that CPython places just past the end of
// a line (a missing ':') has an empty range there.
type ErrorAt struct {
	Line    int `json:"line"`
	Col     int `json:"col"`
	EndLine int `json:"end_line"`
	EndCol  int `json:"end_col"`
	// Message is a SyntaxError's last line as CPython prints it
	// ("SyntaxError: expected ':'"), or an exception's class and, when it
	// is a plain value, its first argument ("ValueError: boom").
	Message string `json:"message"`
}

// Chunk is a piece of terminal output from one stream.
type Chunk struct {
	Stream string `json:"stream"` // "stdout" or "stderr"
	Text   string `json:"text"`
}

// Lost is output that never got out.
type Lost struct {
	// Stream is "stdout", "stderr", or a file path of the simulated disk.
	Stream string `json:"stream"`
	Text   string `json:"text"`
}

// File is a file on the simulated disk at exit.
type File struct {
	Path    string `json:"path"`
	Content string `json:"content"`
}

// Stats are counters of a run.
type Stats struct {
	Steps   int64   `json:"steps"`
	Seconds float64 `json:"seconds"`
}
