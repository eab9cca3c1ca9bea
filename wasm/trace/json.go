package trace

import "github.com/exitplay/exitplay/wasm/internal/jsonenc"

// WriteJSON writes the event as encoding/json marshals it (the field tags
// of Event), without reflection; the browser engine uses it so that it
// need not link encoding/json. A test in package sim holds the two to the
// same bytes.
func (e *Event) WriteJSON(w *jsonenc.Writer) {
	w.BeginObject()
	w.IntMember("seq", int64(e.Seq))
	w.FloatMember("t", e.Time)
	w.IntMember("step", e.Step)
	w.StringMember("kind", string(e.Kind))
	if e.Span != nil {
		w.Key("span")
		w.BeginObject()
		e.Span.WriteMembers(w)
		w.EndObject()
	}
	w.IntMember("depth", int64(e.Depth))
	w.StringMember("text", e.Text)
	optString(w, "stream", e.Stream)
	optString(w, "data", e.Data)
	optInt(w, "data_len", e.DataLen)
	optInt(w, "buffered", e.Buffered)
	optString(w, "why", e.Why)
	optString(w, "signal", e.Signal)
	optInt(w, "signum", e.Signum)
	optString(w, "by", e.By)
	optString(w, "disposition", e.Disposition)
	if e.Seconds != 0 {
		w.FloatMember("seconds", e.Seconds)
	}
	if e.Interrupted {
		w.Key("interrupted")
		w.Bool(true)
	}
	optString(w, "func", e.Func)
	optString(w, "exception", e.Exception)
	optString(w, "outcome", e.Outcome)
	optString(w, "mode", e.Mode)
	optInt(w, "pid", e.Pid)
	if e.Status != nil {
		w.IntMember("status", int64(*e.Status))
	}
	if e.Returncode != nil {
		w.IntMember("returncode", int64(*e.Returncode))
	}
	optString(w, "reason", e.Reason)
	w.EndObject()
}

// WriteMembers writes the span's four members (line, col, end_line,
// end_col) into the object being written.
func (s *Span) WriteMembers(w *jsonenc.Writer) {
	w.IntMember("line", int64(s.Line))
	w.IntMember("col", int64(s.Col))
	w.IntMember("end_line", int64(s.EndLine))
	w.IntMember("end_col", int64(s.EndCol))
}

// optString writes an omitempty string member.
func optString(w *jsonenc.Writer, name, v string) {
	if v != "" {
		w.StringMember(name, v)
	}
}

// optInt writes an omitempty integer member.
func optInt(w *jsonenc.Writer, name string, v int) {
	if v != 0 {
		w.IntMember(name, int64(v))
	}
}
