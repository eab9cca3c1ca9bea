package process

import (
	"errors"
	"testing"
)

func TestSignalTable(t *testing.T) {
	cases := []struct {
		in   string
		num  int
		name string
		text string
	}{
		{"SIGTERM", 15, "SIGTERM", "Terminated"},
		{"term", 15, "SIGTERM", "Terminated"},
		{"2", 2, "SIGINT", "Interrupt"},
		{"SIGIOT", 6, "SIGABRT", "Aborted"},
		{"CLD", 17, "SIGCHLD", "Child exited"},
		{"SIGPOLL", 29, "SIGIO", "I/O possible"},
		{"SIGRTMIN", 34, "SIGRTMIN", "Real-time signal 0"},
		{"64", 64, "SIGRTMAX", "Real-time signal 30"},
		{"40", 40, "40", "Real-time signal 6"},
	}
	for _, c := range cases {
		n, err := ParseSignal(c.in)
		info, _ := Signal(n)
		if err != nil || n != c.num || SignalName(n) != c.name || info.Text != c.text {
			t.Errorf("%s: %d %v %s %q", c.in, n, err, SignalName(n), info.Text)
		}
	}
	for _, bad := range []string{"0", "32", "65", "SIGFOO", ""} {
		if _, err := ParseSignal(bad); err == nil {
			t.Errorf("ParseSignal(%q) accepted", bad)
		}
	}
}

func halt(t *testing.T, err error) *Halt {
	t.Helper()
	var h *Halt
	if !errors.As(err, &h) {
		t.Fatalf("want a Halt, got %v", err)
	}
	return h
}

// TestDefaultActions checks the statuses of reference §2.3 and the
// dispositions CPython installs (§4.1).
func TestDefaultActions(t *testing.T) {
	for sig, status := range map[int]int{1: 129, 3: 131, 6: 134, 9: 137, 10: 138, 14: 142, 15: 143} {
		p := newPipe()
		h := halt(t, p.Kill(sig, "os.kill"))
		if h.Reason != HaltSignal || h.Status != status {
			t.Errorf("signal %d: %+v", sig, h)
		}
	}
	for _, sig := range []int{SIGPIPE, SIGXFSZ, 17, 28, 23, SIGCONT} {
		if err := newPipe().Kill(sig, "os.kill"); err != nil {
			t.Errorf("signal %d should be ignored: %v", sig, err)
		}
	}
	if err := newPipe().Kill(99, "os.kill"); err == nil || err.Error() != "[Errno 22] Invalid argument" {
		t.Errorf("kill 99: %v", err)
	}
}

func TestHandlerPending(t *testing.T) {
	p := newPipe()
	p.SetDisposition(10, Disposition{Kind: DispHandler, Handler: "h10"})
	p.SetDisposition(12, Disposition{Kind: DispHandler, Handler: "h12"})
	p.SetDisposition(15, Disposition{Kind: DispIgnore})
	for _, sig := range []int{12, 10, 15} {
		if err := p.Kill(sig, "os.kill"); err != nil {
			t.Fatal(err)
		}
	}
	var got []any
	for {
		_, d, ok := p.PendingHandler()
		if !ok {
			break
		}
		got = append(got, d.Handler)
	}
	if len(got) != 2 || got[0] != "h10" || got[1] != "h12" {
		t.Errorf("handlers ran %v; want ascending h10 h12", got)
	}
	p.SetDisposition(10, Disposition{Kind: DispHandler, Handler: "h10"})
	p.Kill(10, "os.kill")
	p.SetDisposition(10, Disposition{})
	if _, _, ok := p.PendingHandler(); ok {
		t.Errorf("handler replaced by SIG_DFL still ran")
	}
}

// TestScheduledDuringSleep: a signal at 0.3 s interrupts sleep(1); after the
// handler the sleep resumes to 1.0 s; SIGTERM during a sleep kills.
func TestScheduledDuringSleep(t *testing.T) {
	p := New(Config{Signals: []Scheduled{{10, 3e8}, {15, 2e9}}})
	p.SetDisposition(10, Disposition{Kind: DispHandler, Handler: "h"})
	intr, err := p.SleepUntil(1e9, "time.sleep(1)")
	if !intr || err != nil || p.Clock.NowNS() != 3e8 {
		t.Fatalf("interrupted=%v err=%v at %d", intr, err, p.Clock.NowNS())
	}
	p.PendingHandler()
	intr, err = p.SleepUntil(1e9, "time.sleep(1)")
	if intr || err != nil || p.Clock.NowNS() != 1e9 {
		t.Fatalf("resume: interrupted=%v err=%v at %d", intr, err, p.Clock.NowNS())
	}
	_, err = p.SleepUntil(5e9, "time.sleep(4)")
	if h := halt(t, err); h.Status != 143 || p.Clock.NowNS() != 2e9 {
		t.Errorf("%+v at %d", h, p.Clock.NowNS())
	}
}

// TestBusyLoopReachesSignal: steps advance time until a scheduled SIGINT
// becomes pending (default_int_handler is a handler).
func TestBusyLoopReachesSignal(t *testing.T) {
	p := New(Config{Signals: []Scheduled{{SIGINT, 1e8}}})
	p.SetDisposition(SIGINT, Disposition{Kind: DispHandler, Builtin: true})
	steps := 0
	for !p.HasPending() {
		if err := p.TickN(1); err != nil {
			t.Fatal(err)
		}
		steps++
	}
	if steps != 1e8/StepCostNS {
		t.Errorf("pending after %d steps", steps)
	}
}

func TestLimits(t *testing.T) {
	p := newPipe()
	_, err := p.SleepUntil(maxNS, "signal.pause()")
	if h := halt(t, err); h.Limit != LimitTime || p.Clock.NowNS() != DefaultMaxTimeNS {
		t.Errorf("%+v at %d", h, p.Clock.NowNS())
	}
	p = New(Config{MaxSteps: 5})
	for i := 0; i < 5; i++ {
		if err := p.TickN(1); err != nil {
			t.Fatal(err)
		}
	}
	if h := halt(t, p.TickN(1)); h.Limit != LimitSteps {
		t.Errorf("%+v", h)
	}
	p = New(Config{Signals: []Scheduled{{15, 30e9}}})
	if p.MaxTimeNS() != 31e9 {
		t.Errorf("time budget %d does not cover the schedule", p.MaxTimeNS())
	}
}

// TestAlarm follows reference §4.3: alarm(10), alarm(5) 0.1 s later, then
// alarm(0) twice give 0, 10, 5, 0.
func TestAlarm(t *testing.T) {
	p := newPipe()
	got := []int64{p.Alarm(10)}
	p.SleepUntil(1e8, "time.sleep(0.1)")
	got = append(got, p.Alarm(5), p.Alarm(0), p.Alarm(0))
	if got[0] != 0 || got[1] != 10 || got[2] != 5 || got[3] != 0 {
		t.Errorf("alarm returns %v", got)
	}
	p.Alarm(1)
	h := halt(t, func() error { _, err := p.SleepUntil(5e9, "time.sleep(5)"); return err }())
	if h.Status != 142 || p.Clock.NowNS() != 11e8 {
		t.Errorf("%+v at %d", h, p.Clock.NowNS())
	}
}

func TestIntervalTimer(t *testing.T) {
	p := newPipe()
	p.SetDisposition(SIGALRM, Disposition{Kind: DispHandler})
	p.SetTimer(ITimerReal, 2e8, 2e8, "signal.setitimer")
	var at []int64
	for len(at) < 3 {
		intr, err := p.SleepUntil(maxNS, "signal.pause()")
		if err != nil || !intr {
			t.Fatal(err)
		}
		p.PendingHandler()
		at = append(at, p.Clock.NowNS())
	}
	if at[0] != 2e8 || at[1] != 4e8 || at[2] != 6e8 {
		t.Errorf("timer fired at %v", at)
	}
}

// TestStopContinue: SIGTSTP stops the process; a scheduled SIGCONT resumes
// it; without one the run ends as stopped.
func TestStopContinue(t *testing.T) {
	p := New(Config{Signals: []Scheduled{{20, 1e8}, {SIGCONT, 5e8}}})
	if _, err := p.SleepUntil(1e9, "time.sleep(1)"); err != nil {
		t.Fatal(err)
	}
	p = New(Config{Signals: []Scheduled{{20, 1e8}}})
	_, err := p.SleepUntil(1e9, "time.sleep(1)")
	if h := halt(t, err); h.Reason != HaltStopped || h.Signal != 20 {
		t.Errorf("%+v", h)
	}
	p = New(Config{Signals: []Scheduled{{19, 1e8}, {15, 2e8}}})
	_, err = p.SleepUntil(1e9, "time.sleep(1)")
	if h := halt(t, err); h.Status != 143 {
		t.Errorf("SIGTERM to a stopped process: %+v", h)
	}
}
