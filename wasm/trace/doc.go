// Package trace defines the termination trace: the ordered events of a
// simulated run and their JSON form. It is the one source of truth for the
// event kinds; the viewer's TypeScript types are generated from it by
// cmd/tsgen (`go run ./wasm/trace/cmd/tsgen > web/src/trace_types.ts`).
//
// # JSON format
//
// The trace is the "trace" array of a sim.Result; its format is versioned
// by sim.SchemaVersion together with the rest of the Result. Each element
// is one Event object:
//
//	{"seq":4,"t":0.00003,"step":3,"kind":"flush","depth":0,"text":"",
//	 "stream":"stdout","data":"hello\n","why":"line"}
//
// The envelope keys seq, t (virtual seconds), step, kind, depth and text
// are always present; span is present when the event belongs to a source
// range. Every other key is kind-specific and omitted when empty: the doc
// comment of each Kind constant lists the keys its events set. status and
// returncode are present (even when 0) on the events that carry them.
//
// A trace starts with one process_start event and ends with one exit event.
// Between them, events appear in the order things happened; lost events
// (output discarded at os._exit or at death by a signal) and signal_unsent
// events (scheduled signals the process did not live to receive) come just
// before the exit. When a run produces more than its event budget, one
// truncated event marks the cut and only those closing events follow.
//
// Adding a kind or a field is backward compatible and does not change the
// schema version; renaming or removing one, or changing its meaning, does.
package trace
