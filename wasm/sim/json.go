package sim

import (
	"github.com/exitplay/exitplay/wasm/internal/jsonenc"
	"github.com/exitplay/exitplay/wasm/trace"
)

// JSON returns the Result's JSON form: the bytes encoding/json's Marshal
// gives for it (the field tags above), written without reflection so that
// the browser engine need not link encoding/json. A test holds the two to
// the same bytes on the seed examples and the conformance programs. The
// error is encoding/json's for a float it cannot represent.
func (r *Result) JSON() ([]byte, error) {
	var w jsonenc.Writer
	w.BeginObject()
	w.StringMember("engine", r.Engine)
	w.IntMember("schema", int64(r.Schema))
	w.IntMember("status", int64(r.Status))
	w.IntMember("returncode", int64(r.Returncode))
	w.StringMember("reason", r.Reason)
	if r.Signal != "" {
		w.StringMember("signal", r.Signal)
	}
	w.StringMember("explanation", r.Explanation)
	w.StringMember("stdout", r.Stdout)
	w.StringMember("stderr", r.Stderr)
	w.Key("terminal")
	writeArray(&w, r.Terminal, func(c *Chunk) { writePair(&w, "stream", c.Stream, "text", c.Text) })
	w.Key("lost")
	writeArray(&w, r.Lost, func(l *Lost) { writePair(&w, "stream", l.Stream, "text", l.Text) })
	w.Key("files")
	writeArray(&w, r.Files, func(f *File) { writePair(&w, "path", f.Path, "content", f.Content) })
	if e := r.ErrorAt; e != nil {
		w.Key("error_at")
		w.BeginObject()
		span := trace.Span{Line: e.Line, Col: e.Col, EndLine: e.EndLine, EndCol: e.EndCol}
		span.WriteMembers(&w)
		w.StringMember("message", e.Message)
		w.EndObject()
	}
	w.Key("trace")
	writeArray(&w, r.Trace, func(e *trace.Event) { e.WriteJSON(&w) })
	w.Key("stats")
	w.BeginObject()
	w.IntMember("steps", r.Stats.Steps)
	w.FloatMember("seconds", r.Stats.Seconds)
	w.EndObject()
	w.EndObject()
	return w.Bytes()
}

// writeArray writes a slice as encoding/json does: nil as null.
func writeArray[T any](w *jsonenc.Writer, items []T, write func(*T)) {
	if items == nil {
		w.Null()
		return
	}
	w.BeginArray()
	for i := range items {
		write(&items[i])
	}
	w.EndArray()
}

// writePair writes an object of two string members.
func writePair(w *jsonenc.Writer, k1, v1, k2, v2 string) {
	w.BeginObject()
	w.StringMember(k1, v1)
	w.StringMember(k2, v2)
	w.EndObject()
}
