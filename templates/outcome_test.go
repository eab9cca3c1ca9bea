package templates

import (
	"testing"

	"github.com/exitplay/exitplay/wasm/sim"
	"github.com/exitplay/exitplay/wasm/trace"
)

func events(kinds ...trace.Kind) []trace.Event {
	var list []trace.Event
	for i, k := range kinds {
		list = append(list, trace.Event{Seq: i, Kind: k})
	}
	return list
}

func TestPhaseBounds(t *testing.T) {
	killed := events(trace.ProcessStart, trace.Write, trace.SignalSent, trace.SignalDelivered, trace.Lost, trace.Exit)
	killed[3].Disposition = "terminate"
	for name, tc := range map[string]struct {
		events []trace.Event
		want   [5]int
	}{
		"sys.exit through finally": {
			events(trace.ProcessStart, trace.Call, trace.Raise, trace.Finally, trace.Write, trace.Unwind, trace.SystemExit, trace.Phase, trace.AtexitRun, trace.Flush, trace.Exit),
			[5]int{0, 2, 7, 10, 11},
		},
		"caught then uncaught": {
			events(trace.ProcessStart, trace.Raise, trace.Catch, trace.Raise, trace.UnhandledException, trace.AtexitRun, trace.Exit),
			[5]int{0, 3, 5, 6, 7},
		},
		"normal end": {
			events(trace.ProcessStart, trace.Write, trace.Phase, trace.Flush, trace.Exit),
			[5]int{0, 2, 2, 4, 5},
		},
		"os._exit": {
			events(trace.ProcessStart, trace.Write, trace.Lost, trace.SignalUnsent, trace.Exit),
			[5]int{0, 2, 2, 2, 5},
		},
		"killed by a signal": {killed, [5]int{0, 4, 4, 4, 6}},
		"empty":              {nil, [5]int{0, 0, 0, 0, 0}},
	} {
		if got := PhaseBounds(tc.events); got != tc.want {
			t.Errorf("%s: got %v, want %v", name, got, tc.want)
		}
	}
}

func TestBadge(t *testing.T) {
	for _, tc := range []struct {
		r    sim.Result
		want string
	}{
		{sim.Result{Reason: sim.ReasonNormal}, "Exited with status 0"},
		{sim.Result{Reason: sim.ReasonSystemExit, Status: 3}, "Exited with status 3"},
		{sim.Result{Reason: sim.ReasonSignal, Status: 143, Signal: "SIGTERM"}, "Killed by signal 15 (SIGTERM) — a shell shows 143"},
		{sim.Result{Reason: sim.ReasonLimit, Status: -1, Stats: sim.Stats{Seconds: 10.00001}}, "Stopped by the playground after 10 s of virtual time"},
	} {
		if got := Badge(tc.r); got != tc.want {
			t.Errorf("Badge(%s) = %q, want %q", tc.r.Reason, got, tc.want)
		}
	}
}

func TestOutcomeShowsLostOutputAndSkippedPhases(t *testing.T) {
	r := sim.Result{
		Reason: sim.ReasonOSExit, Terminal: []sim.Chunk{{Stream: "stderr", Text: "warn\n"}},
		Lost:  []sim.Lost{{Stream: "stdout", Text: "buffered\n"}},
		Trace: events(trace.ProcessStart, trace.Write, trace.Lost, trace.Exit),
	}
	o := NewOutcome(r)
	if len(o.Terminal) != 2 || !o.Terminal[1].Lost || o.Terminal[1].Text != "buffered\n" {
		t.Errorf("terminal %+v", o.Terminal)
	}
	var taken []string
	for _, s := range o.Path {
		if s.Taken {
			taken = append(taken, s.Name)
		} else if s.Note != "skipped: os._exit()" {
			t.Errorf("%s: note %q", s.Name, s.Note)
		}
	}
	if len(taken) != 2 || taken[0] != "running" || taken[1] != "exit" {
		t.Errorf("taken %v", taken)
	}
}

func TestLostFileOutputStaysWithItsFile(t *testing.T) {
	o := NewOutcome(sim.Result{
		Reason: sim.ReasonOSExit,
		Files:  []sim.File{{Path: "report.txt", Content: ""}},
		Lost:   []sim.Lost{{Stream: "report.txt", Text: "results\n"}},
	})
	if len(o.Terminal) != 0 {
		t.Errorf("file output shown in the terminal: %+v", o.Terminal)
	}
	if len(o.Files) != 1 || o.Files[0].Lost != "results\n" {
		t.Errorf("files %+v", o.Files)
	}
}

func TestEndingPathNamesTheShutdownSteps(t *testing.T) {
	tr := events(trace.ProcessStart, trace.Write, trace.Phase, trace.AtexitRun, trace.Phase, trace.Phase, trace.Exit)
	tr[2].Why, tr[4].Why, tr[5].Why = "atexit", "flush_std_files", "flush_std_files"
	o := NewOutcome(sim.Result{Reason: sim.ReasonNormal, Trace: tr})
	if got, want := o.Path[2].Note, "4 events: atexit → flush_std_files"; got != want {
		t.Errorf("shutdown note %q, want %q", got, want)
	}
}
