package templates

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/exitplay/exitplay/wasm/sim"
	"github.com/exitplay/exitplay/wasm/trace"
)

// Outcome is a run's result shaped for display. web/src/outcome.ts and
// web/src/phases.ts build the same view in the browser from the same
// Result JSON; keep the two in step.
type Outcome struct {
	// Badge says in plain words how the run ended.
	Badge string
	// Tone is "ok", "fail", "signal", "limit" or "internal".
	Tone        string
	Status      int
	Returncode  int
	Reason      string
	Explanation string
	// Terminal is the output as a terminal shows it, lost output last.
	Terminal []TerminalChunk
	// Files are the files left on the simulated disk.
	Files []FileView
	// Phases are the trace's events grouped by phase, in order.
	Phases []Phase
	// Path is the ending diagram: each phase taken or skipped.
	Path []PathStep
	// Stats summarizes the run's cost.
	Stats string
}

// TerminalChunk is a piece of output of one stream.
type TerminalChunk struct {
	// Stream is "stdout", "stderr" or a file path (lost output only).
	Stream string
	Text   string
	// Lost marks output that was written but never got out.
	Lost bool
}

// FileView is a file left on the simulated disk.
type FileView struct {
	Path    string
	Content string
	// Lost is text written to the file that never reached the disk.
	Lost string
}

// Phase is one stage of the run with its events.
type Phase struct {
	// Name is "running", "unwinding", "shutdown" or "exit".
	Name   string
	Title  string
	Events []EventView
}

// EventView is one trace event as the timeline lists it.
type EventView struct {
	Seq  int
	Kind string
	// Time is the virtual time, e.g. "1.000 s".
	Time string
	Text string
	// Line is the source line, 0 if none.
	Line int
}

// PathStep is one box of the ending diagram.
type PathStep struct {
	Name  string
	Title string
	// Taken is false for a phase this run skipped.
	Taken bool
	// Note says why a phase was skipped or how the run ended.
	Note string
}

// Phase names and titles, in order.
var phaseNames = [...]struct{ name, title string }{
	{"running", "Running"},
	{"unwinding", "Unwinding: finally and __exit__"},
	{"shutdown", "Shutdown: atexit and flushes"},
	{"exit", "Exit"},
}

// NewOutcome shapes a Result for display.
func NewOutcome(r sim.Result) *Outcome {
	o := &Outcome{
		Badge:       Badge(r),
		Tone:        tone(r),
		Status:      r.Status,
		Returncode:  r.Returncode,
		Reason:      r.Reason,
		Explanation: r.Explanation,
		Stats:       fmt.Sprintf("%d steps, %s of virtual time", r.Stats.Steps, seconds(r.Stats.Seconds)),
	}
	for _, c := range r.Terminal {
		o.Terminal = append(o.Terminal, TerminalChunk{Stream: c.Stream, Text: c.Text})
	}
	lostInFile := map[string]string{}
	for _, l := range r.Lost {
		if l.Stream == "stdout" || l.Stream == "stderr" {
			o.Terminal = append(o.Terminal, TerminalChunk{Stream: l.Stream, Text: l.Text, Lost: true})
		} else {
			lostInFile[l.Stream] += l.Text
		}
	}
	for _, f := range r.Files {
		o.Files = append(o.Files, FileView{Path: f.Path, Content: f.Content, Lost: lostInFile[f.Path]})
	}
	bounds := PhaseBounds(r.Trace)
	for p, ph := range phaseNames {
		view := Phase{Name: ph.name, Title: ph.title}
		for _, e := range r.Trace[bounds[p]:bounds[p+1]] {
			view.Events = append(view.Events, eventView(e))
		}
		o.Phases = append(o.Phases, view)
		step := PathStep{Name: ph.name, Title: ph.title, Taken: len(view.Events) > 0}
		if step.Taken {
			step.Note = plural(len(view.Events), "event") + steps(r.Trace[bounds[p]:bounds[p+1]])
		} else {
			step.Note = skippedBecause(r)
		}
		o.Path = append(o.Path, step)
	}
	o.Path[len(o.Path)-1].Taken, o.Path[len(o.Path)-1].Note = true, o.Badge
	return o
}

// Badge says in plain words how a run ended.
func Badge(r sim.Result) string {
	switch r.Reason {
	case sim.ReasonSignal:
		n := r.Status - 128
		return fmt.Sprintf("Killed by signal %d (%s) — a shell shows %d", n, r.Signal, r.Status)
	case sim.ReasonLimit:
		return fmt.Sprintf("Stopped by the playground after %s s of virtual time", shortSeconds(r.Stats.Seconds))
	case sim.ReasonInternalError:
		return "The engine failed (a bug in exitplay)"
	}
	return fmt.Sprintf("Exited with status %d", r.Status)
}

func tone(r sim.Result) string {
	switch {
	case r.Reason == sim.ReasonSignal:
		return "signal"
	case r.Reason == sim.ReasonLimit:
		return "limit"
	case r.Reason == sim.ReasonInternalError:
		return "internal"
	case r.Status == 0:
		return "ok"
	}
	return "fail"
}

// skippedBecause says why a run skipped a phase.
func skippedBecause(r sim.Result) string {
	switch r.Reason {
	case sim.ReasonSignal:
		return "skipped: killed by " + r.Signal
	case sim.ReasonOSExit:
		return "skipped: os._exit()"
	case sim.ReasonSyntaxError:
		return "skipped: nothing ran"
	case sim.ReasonLimit:
		return "skipped: stopped by the playground"
	}
	return "nothing to do"
}

func eventView(e trace.Event) EventView {
	v := EventView{Seq: e.Seq, Kind: string(e.Kind), Time: seconds(e.Time), Text: e.Text}
	if v.Text == "" {
		v.Text = v.Kind
	}
	if e.Span != nil {
		v.Line = e.Span.Line
	}
	return v
}

// seconds formats a virtual time.
func seconds(s float64) string {
	return strconv.FormatFloat(s, 'f', 3, 64) + " s"
}

// steps lists the shutdown steps (phase events) among events, as
// ": atexit → flush_std_files", or "" if there are none.
func steps(events []trace.Event) string {
	var names []string
	for _, e := range events {
		if e.Kind == trace.Phase && e.Why != "" && (len(names) == 0 || names[len(names)-1] != e.Why) {
			names = append(names, e.Why)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return ": " + strings.Join(names, " → ")
}

// plural says "1 event" or "2 events".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// shortSeconds formats seconds to the millisecond without trailing zeros
// ("10", "0.25").
func shortSeconds(s float64) string {
	return strconv.FormatFloat(math.Round(s*1000)/1000, 'f', -1, 64)
}

// PhaseBounds splits a trace into the four phases: phase p holds
// events[b[p]:b[p+1]].
//
//   - exit is the trailing run of lost, signal_unsent and exit events;
//   - the run ends at the first SystemExit or unhandled exception reaching
//     the top level (unwinding began at the last raise before it that no
//     except clause caught), or at a signal whose default action kills;
//   - shutdown begins at the first phase event after that (after the
//     script's end for a normal exit); a killed process has none.
func PhaseBounds(events []trace.Event) [5]int {
	n := len(events)
	exit := n
	for exit > 0 && isExitKind(events[exit-1].Kind) {
		exit--
	}
	end, fatal := -1, false
	for i, e := range events[:exit] {
		if e.Kind == trace.SystemExit || e.Kind == trace.UnhandledException {
			end = i
			break
		}
		if e.Kind == trace.SignalDelivered && (e.Disposition == "terminate" || e.Disposition == "core") {
			end, fatal = i, true
			break
		}
	}
	if fatal {
		return [5]int{0, end + 1, end + 1, end + 1, n}
	}
	unwind := exit
	shutdown := firstPhase(events, end+1, exit)
	if end >= 0 {
		unwind = end
		for i := end - 1; i >= 0 && events[i].Kind != trace.Catch; i-- {
			if events[i].Kind == trace.Raise {
				unwind = i
				break
			}
		}
		if shutdown == exit {
			shutdown = end + 1
		}
	} else {
		unwind = shutdown
	}
	return [5]int{0, unwind, shutdown, exit, n}
}

// isExitKind reports whether k is one of the events that close a trace.
func isExitKind(k trace.Kind) bool {
	return k == trace.Exit || k == trace.Lost || k == trace.SignalUnsent
}

// firstPhase returns the index of the first phase event in events[from:to],
// or to.
func firstPhase(events []trace.Event, from, to int) int {
	for i := from; i < to; i++ {
		if events[i].Kind == trace.Phase {
			return i
		}
	}
	return to
}
