package trace

import "unicode/utf8"

// DefaultMaxEvents is the event budget of a Recorder whose Max is zero.
const DefaultMaxEvents = 20000

// MaxData is the longest Data an event keeps; the Result itself holds the
// complete output.
const MaxData = 4096

// Recorder collects the events of one run. A nil *Recorder records nothing,
// so tracing can be switched off without checks at every call site.
type Recorder struct {
	// Events are the events recorded so far.
	Events []Event
	// Max is the event budget; zero means DefaultMaxEvents. Once it is
	// reached only the closing Lost, SignalUnsent and Exit events are still
	// recorded.
	Max int
	// Now returns the current virtual time and step count.
	Now func() (t float64, step int64)
	// Depth returns the current Python call depth; nil means 0.
	Depth func() int
	// Where returns the span of the script's code running now: the call
	// in progress (signal.signal(...), print(...)) or else the whole line
	// of the statement; nil when no code of the script runs (shutdown).
	// Events recorded without a span of their own get it. Nil means no
	// such spans.
	Where func() *Span

	truncated bool
}

// Emit appends e, filling in Seq, Time, Step, Depth and, when empty, Text.
func (r *Recorder) Emit(e Event) { r.EmitAt(e) }

// EmitAt is Emit returning the recorded event's index, or -1 when it was
// not recorded, for filling in a field once it is known (At).
func (r *Recorder) EmitAt(e Event) int {
	if r == nil {
		return -1
	}
	max := r.Max
	if max == 0 {
		max = DefaultMaxEvents
	}
	if len(r.Events) >= max && e.Kind != Lost && e.Kind != SignalUnsent && e.Kind != Exit {
		if !r.truncated {
			r.truncated = true
			r.append(Event{Kind: Truncated, Text: "trace budget reached; later events dropped"})
		}
		return -1
	}
	r.append(e)
	return len(r.Events) - 1
}

// At returns the event at index i (from EmitAt), or nil for -1. The pointer
// is valid until the next event is recorded.
func (r *Recorder) At(i int) *Event {
	if r == nil || i < 0 {
		return nil
	}
	return &r.Events[i]
}

func (r *Recorder) append(e Event) {
	if len(e.Data) > MaxData {
		cut := MaxData
		for cut > 0 && !utf8.RuneStart(e.Data[cut]) {
			cut--
		}
		e.DataLen, e.Data = len(e.Data), e.Data[:cut]
	}
	describe(&e)
	e.Seq = len(r.Events)
	if r.Now != nil {
		e.Time, e.Step = r.Now()
	}
	if r.Depth != nil {
		e.Depth = r.Depth()
	}
	if e.Span == nil && r.Where != nil {
		e.Span = r.Where()
	}
	r.Events = append(r.Events, e)
}

// Enabled reports whether events are being recorded.
func (r *Recorder) Enabled() bool { return r != nil }
