package process

import "github.com/exitplay/exitplay/wasm/trace"

// DispKind is the kind of a signal disposition.
type DispKind uint8

// Dispositions of a signal.
const (
	DispDefault DispKind = iota // SIG_DFL: the kernel's default action
	DispIgnore                  // SIG_IGN
	DispHandler                 // a Python-level handler
)

// Disposition is what happens when a signal arrives. Handler is the
// interpreter's callable, opaque here.
type Disposition struct {
	Kind    DispKind
	Handler any
	// Builtin marks signal.default_int_handler, for the trace.
	Builtin bool
}

func (d Disposition) label(sig int) string {
	switch d.Kind {
	case DispIgnore:
		return "ignore"
	case DispHandler:
		if d.Builtin {
			return "default_int_handler"
		}
		return "handler"
	}
	info, _ := Signal(sig)
	return info.Act.String()
}

// Interval timers, numbered as signal.ITIMER_*.
const (
	ITimerReal    = 0
	ITimerVirtual = 1
	ITimerProf    = 2
)

var timerSignals = [3]int{SIGALRM, 26, 27}
var timerNames = [3]string{"signal.setitimer(ITIMER_REAL)", "signal.setitimer(ITIMER_VIRTUAL)", "signal.setitimer(ITIMER_PROF)"}

type itimer struct {
	value, interval int64 // nanoseconds; value 0 means disarmed
	by              string
}

type sigState struct {
	disp     [NSIG]Disposition
	pending  [NSIG]bool
	schedule []Scheduled
	next     int
	timers   [3]itimer
	stopped  bool
}

func (s *sigState) init(schedule []Scheduled) {
	s.disp[SIGPIPE].Kind = DispIgnore
	s.disp[SIGXFSZ].Kind = DispIgnore
	// Stable insertion sort by time: a schedule is short (sim caps it at 64),
	// and a generic sort would add its code to the browser module.
	s.schedule = append([]Scheduled(nil), schedule...)
	for i := 1; i < len(s.schedule); i++ {
		for j := i; j > 0 && s.schedule[j].AtNS < s.schedule[j-1].AtNS; j-- {
			s.schedule[j], s.schedule[j-1] = s.schedule[j-1], s.schedule[j]
		}
	}
}

// runTimers advances the armed timers by dt; real-time timers always,
// CPU-time timers only when the program is executing.
func (s *sigState) runTimers(dt int64, executing bool) {
	for i := range s.timers {
		t := &s.timers[i]
		if t.value > 0 && (i == ITimerReal || executing) {
			t.value -= dt
			if t.value <= 0 {
				t.value = -1 // due: sendDue fires and reloads it
			}
		}
	}
}

// Disposition returns the current disposition of sig.
func (p *Process) Disposition(sig int) Disposition { return p.sig.disp[sig] }

// CanCatch reports whether sig's disposition may be changed (not SIGKILL
// or SIGSTOP).
func CanCatch(sig int) bool { return sig != SIGKILL && sig != SIGSTOP }

// SetDisposition installs d for sig and returns the previous disposition.
// The caller checks ValidSignal and CanCatch first.
func (p *Process) SetDisposition(sig int, d Disposition) Disposition {
	old := p.sig.disp[sig]
	p.sig.disp[sig] = d
	return old
}

// Install is SetDisposition for the program's signal.signal calls: it also
// records the change in the trace, naming the handler as handler.
func (p *Process) Install(sig int, d Disposition, handler string) Disposition {
	p.emit(trace.Event{Kind: trace.HandlerSet, Signal: SignalName(sig), Signum: sig, Disposition: d.label(sig), Func: handler})
	return p.SetDisposition(sig, d)
}

// Kill sends sig to the process itself (os.kill(os.getpid(), sig),
// signal.raise_signal). sig 0 only checks that the process exists. A
// non-nil error is a *Halt (the process died or stopped for good) or an
// *OSError for an invalid signal.
func (p *Process) Kill(sig int, by string) error {
	if sig == 0 {
		return nil
	}
	if !ValidSignal(sig) {
		return &OSError{Errno: EINVAL}
	}
	return p.send(sig, by)
}

// send delivers sig as the kernel does: an ignored signal vanishes, a
// default action happens at once, a Python handler is marked pending and
// runs at the next check.
func (p *Process) send(sig int, by string) error {
	name := SignalName(sig)
	p.emit(trace.Event{Kind: trace.SignalSent, Signal: name, Signum: sig, By: by,
		Text: name + " sent by " + by})
	d := p.sig.disp[sig]
	if sig == SIGCONT && p.sig.stopped {
		p.sig.stopped = false
	}
	if !CanCatch(sig) {
		d = Disposition{}
	}
	if d.Kind == DispHandler {
		p.sig.pending[sig] = true
		return nil
	}
	p.emit(trace.Event{Kind: trace.SignalDelivered, Signal: name, Signum: sig, Disposition: d.label(sig)})
	if d.Kind == DispIgnore {
		return nil
	}
	info, _ := Signal(sig)
	switch info.Act {
	case ActTerm, ActCore:
		return &Halt{Reason: HaltSignal, Signal: sig, Status: 128 + sig}
	case ActStop:
		p.sig.stopped = true
		return p.waitStopped(sig)
	}
	return nil
}

// waitStopped lets time pass while the process is stopped, sending the
// scheduled signals, until one continues or kills it. When nothing is left
// that could, the process stays stopped forever, which ends the run.
func (p *Process) waitStopped(stopSig int) error {
	for p.sig.stopped {
		next := p.nextEventNS()
		if next == maxNS || next > p.maxTimeNS {
			return &Halt{Reason: HaltStopped, Signal: stopSig}
		}
		p.advance(next - p.Clock.NowNS())
		if err := p.sendDue(); err != nil {
			return err
		}
	}
	return nil
}

// nextEventNS is the time of the next scheduled signal or real-time timer
// expiry, or maxNS.
func (p *Process) nextEventNS() int64 {
	next := int64(maxNS)
	if p.sig.next < len(p.sig.schedule) {
		next = p.sig.schedule[p.sig.next].AtNS
	}
	if t := p.sig.timers[ITimerReal]; t.value > 0 {
		next = min(next, p.Clock.NowNS()+t.value)
	}
	return max(next, p.Clock.NowNS())
}

// advance lets dt nanoseconds pass without executing (sleeping, stopped).
func (p *Process) advance(dt int64) {
	p.Clock.AdvanceTo(p.Clock.NowNS() + dt)
	p.sig.runTimers(dt, false)
}

// sendDue sends the scheduled signals whose time has come and the expired
// timers' signals.
func (p *Process) sendDue() error {
	for p.sig.next < len(p.sig.schedule) && p.sig.schedule[p.sig.next].AtNS <= p.Clock.NowNS() {
		s := p.sig.schedule[p.sig.next]
		p.sig.next++
		if err := p.send(s.Signal, "schedule"); err != nil {
			return err
		}
	}
	for i := range p.sig.timers {
		t := &p.sig.timers[i]
		if t.value < 0 {
			t.value = t.interval
			if err := p.send(timerSignals[i], t.by); err != nil {
				return err
			}
		}
	}
	return nil
}

// ReportUnsent records in the trace the scheduled signals that were never
// sent because the process ended first.
func (p *Process) ReportUnsent() {
	for _, s := range p.sig.schedule[p.sig.next:] {
		p.emit(trace.Event{Kind: trace.SignalUnsent, Signal: SignalName(s.Signal), Signum: s.Signal, Seconds: nsToSeconds(s.AtNS)})
	}
}

// PendingHandler takes the lowest pending signal whose disposition is still
// a Python handler, for the interpreter to call it at a statement boundary.
// Signals whose handler was replaced by SIG_DFL or SIG_IGN meanwhile are
// dropped, as CPython does.
func (p *Process) PendingHandler() (sig int, d Disposition, ok bool) {
	for sig := 1; sig < NSIG; sig++ {
		if !p.sig.pending[sig] {
			continue
		}
		p.sig.pending[sig] = false
		d := p.sig.disp[sig]
		if d.Kind != DispHandler {
			continue
		}
		name := SignalName(sig)
		p.emit(trace.Event{Kind: trace.SignalDelivered, Signal: name, Signum: sig, Disposition: d.label(sig)})
		return sig, d, true
	}
	return 0, Disposition{}, false
}

// HasPending reports whether a handler is waiting to run.
func (p *Process) HasPending() bool {
	for _, b := range p.sig.pending {
		if b {
			return true
		}
	}
	return false
}

// SleepUntil lets virtual time pass until deadline (nanoseconds since the
// start; maxNS for signal.pause), sending scheduled signals on the way. It
// returns interrupted=true as soon as a Python handler is pending; the
// caller runs the handlers and, if they return, calls SleepUntil again with
// the same deadline (PEP 475). what describes the wait for a limit
// explanation ("time.sleep(1)"). A non-nil error is a *Halt.
func (p *Process) SleepUntil(deadline int64, what string) (interrupted bool, err error) {
	for p.Clock.NowNS() < deadline {
		t := min(p.nextEventNS(), deadline)
		if t > p.maxTimeNS {
			p.advance(p.maxTimeNS - p.Clock.NowNS())
			return false, &Halt{Reason: HaltLimit, Limit: LimitTime, Budget: p.maxTimeNS, Detail: what}
		}
		p.advance(t - p.Clock.NowNS())
		if err := p.sendDue(); err != nil {
			return false, err
		}
		if p.HasPending() {
			return true, nil
		}
	}
	return false, nil
}

// SetTimer arms interval timer which (ITimerReal, ...) to fire after value
// seconds and then every interval seconds (0: once); value 0 disarms it.
// It returns the previous remaining time and interval in nanoseconds. by
// names the caller for the trace.
func (p *Process) SetTimer(which int, value, interval int64, by string) (oldValue, oldInterval int64) {
	t := &p.sig.timers[which]
	oldValue, oldInterval = max(t.value, 0), t.interval
	*t = itimer{value: value, interval: interval, by: by}
	if value == 0 {
		t.interval = 0
	}
	p.emit(trace.Event{Kind: trace.Alarm, Seconds: nsToSeconds(value), By: by,
		Signal: SignalName(timerSignals[which])})
	return oldValue, oldInterval
}

// Timer returns the remaining time and interval of a timer (getitimer).
func (p *Process) Timer(which int) (value, interval int64) {
	t := p.sig.timers[which]
	return max(t.value, 0), t.interval
}

// Alarm is signal.alarm(seconds): it arms ITIMER_REAL and returns the
// seconds left on the previous alarm, rounded as Linux does (to nearest,
// at least 1 while one was armed).
func (p *Process) Alarm(seconds int64) int64 {
	old, _ := p.SetTimer(ITimerReal, seconds*1e9, 0, "signal.alarm")
	if old == 0 {
		return 0
	}
	return max((old+5e8)/1e9, 1)
}

// TimerName returns the "by" label of a timer for the trace.
func TimerName(which int) string { return timerNames[which] }
