package process

import "github.com/exitplay/exitplay/wasm/trace"

// AtexitEntry is one registered callback; the function and arguments are
// values of the interpreter, opaque here.
type AtexitEntry struct {
	Func   any
	Args   any
	Kwargs any
	// Span is where the program registered it, for the trace; nil when
	// unknown.
	Span *trace.Span
}

// Atexit is the atexit module's registry, with CPython's semantics:
// unregister blanks entries without shrinking the count, callbacks run
// last-in first-out, and callbacks registered while they run are never
// called.
type Atexit struct {
	entries []*AtexitEntry
}

// Register appends a callback.
func (a *Atexit) Register(e AtexitEntry) { a.entries = append(a.entries, &e) }

// Unregister removes every callback whose function matches, and reports
// how many were removed.
func (a *Atexit) Unregister(match func(fn any) bool) int {
	n := 0
	for i, e := range a.entries {
		if e != nil && match(e.Func) {
			a.entries[i] = nil
			n++
		}
	}
	return n
}

// Entries returns the registered callbacks, oldest first.
func (a *Atexit) Entries() []*AtexitEntry {
	var es []*AtexitEntry
	for _, e := range a.entries {
		if e != nil {
			es = append(es, e)
		}
	}
	return es
}

// Len is atexit._ncallbacks(): the slots used, including unregistered ones.
func (a *Atexit) Len() int { return len(a.entries) }

// Clear is atexit._clear().
func (a *Atexit) Clear() { a.entries = nil }

// Run calls call for each callback, newest first, then clears the
// registry. It stops early, keeping nothing, if call returns an error
// (a *Halt).
func (a *Atexit) Run(call func(e *AtexitEntry) error) error {
	for i := len(a.entries) - 1; i >= 0; i-- {
		if i >= len(a.entries) {
			continue // a callback called _clear()
		}
		e := a.entries[i]
		if e == nil {
			continue
		}
		if err := call(e); err != nil {
			a.entries = nil
			return err
		}
	}
	a.entries = nil
	return nil
}
