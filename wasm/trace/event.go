package trace

// Event is one entry of the termination trace.
//
// The envelope below is stable; kind-specific fields are added by the
// package owner as the engine learns to report them.
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
}

// Kind names an event kind.
type Kind string

// Span is a range of source text. Lines are 1-based; columns are 0-based
// character (not byte) offsets, like CPython's col_offset but in characters.
type Span struct {
	Line    int `json:"line"`
	Col     int `json:"col"`
	EndLine int `json:"end_line"`
	EndCol  int `json:"end_col"`
}
