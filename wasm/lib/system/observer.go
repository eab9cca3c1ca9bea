package system

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/syntax"
	"github.com/exitplay/exitplay/wasm/trace"
	"github.com/exitplay/exitplay/wasm/vm"
)

var observedKinds = [...]trace.Kind{
	vm.EvCall:      trace.Call,
	vm.EvReturn:    trace.Return,
	vm.EvRaise:     trace.Raise,
	vm.EvCatch:     trace.Catch,
	vm.EvUnwind:    trace.Unwind,
	vm.EvFinally:   trace.Finally,
	vm.EvWithEnter: trace.WithEnter,
	vm.EvWithExit:  trace.WithExit,
	vm.EvGenClose:  trace.GenClose,
}

// Observe implements vm.Observer: it records execution events in the trace
// and normalizes a raw-tuple SystemExit the moment Python code sees it.
func (h *Host) Observe(t *vm.Thread, e *vm.Event) {
	if e.Exc != nil && (e.Kind == vm.EvCatch || e.Kind == vm.EvFinally || e.Kind == vm.EvWithExit) {
		h.normalize(e.Exc)
	}
	rec := h.P.Trace()
	if !rec.Enabled() || inStdlib(t) {
		return
	}
	ev := trace.Event{Kind: observedKinds[e.Kind], Span: span(e.Span), Func: e.Func}
	if e.Exc != nil {
		ev.Exception = excText(e.Exc)
	}
	switch e.Kind {
	case vm.EvRaise:
		if e.Reraise {
			ev.Text = "re-raised"
		}
	case vm.EvCatch:
		ev.Text = "except " + e.Handler
		if e.Handler == "" {
			ev.Text = "bare except"
		}
	case vm.EvUnwind, vm.EvFinally:
		ev.Why = e.Reason.String()
	case vm.EvWithExit:
		if e.Exc != nil {
			ev.Outcome = "propagated"
			if e.Suppressed {
				ev.Outcome = "suppressed"
			}
		}
	}
	rec.Emit(ev)
}

// inStdlib reports whether the running frame belongs to a library module
// written in Python ("<stdlib>/…" or "<frozen …>"): its inner workings
// are not the program's story, so the trace leaves them out.
func inStdlib(t *vm.Thread) bool {
	fr := t.Frame()
	return fr != nil && (isFrozen(fr) || hasSource(fr) && strings.HasPrefix(fr.Code.Source.Filename, "<stdlib>/"))
}

// isFrozen reports whether fr runs code of a frozen module ("<frozen …>").
func isFrozen(fr *vm.Frame) bool {
	return hasSource(fr) && strings.HasPrefix(fr.Code.Source.Filename, "<frozen ")
}

func hasSource(fr *vm.Frame) bool { return fr.Code != nil && fr.Code.Source != nil }

func span(s syntax.Span) *trace.Span {
	if s.Line == 0 {
		return nil
	}
	return &trace.Span{Line: s.Line, Col: s.Col, EndLine: s.EndLine, EndCol: s.EndCol}
}
