package sim

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/internal/printf"
	"github.com/exitplay/exitplay/wasm/lib/system"
	"github.com/exitplay/exitplay/wasm/process"
)

// ending wraps the process's Ending with the explanation logic.
type ending struct{ system.Ending }

// explain returns the one-sentence explanation of the ending.
func (e *ending) explain() string {
	if e.FlushFailed && e.Reason != ReasonSignal {
		return printf.Sprintf("Exited with status 120: the program itself ended normally (%s), but flushing sys.stdout or sys.stderr at shutdown failed, and CPython reports a failed finalization with status 120.", e.Reason)
	}
	head := printf.Sprintf("Exited with status %d", e.Status)
	switch e.Reason {
	case ReasonNormal:
		return head + ": the script ran to its end, then Python ran its shutdown (atexit callbacks, final flushes) normally."
	case ReasonSyntaxError:
		return head + ": the script did not compile (" + e.ExcType + "), so none of it ran, not even atexit registrations."
	case ReasonSystemExit:
		switch {
		case e.Code == "None":
			return head + ": SystemExit with no code (sys.exit(), exit() or raise SystemExit) reached the top level after every finally block ran; atexit callbacks and final flushes followed."
		case e.CodeInt && e.Masked:
			return printf.Sprintf("%s: SystemExit(%s) reached the top level, and the shell only sees the low 8 bits of the code; atexit callbacks and final flushes ran first.", head, e.Code)
		case e.CodeInt:
			return printf.Sprintf("%s: SystemExit(%s) reached the top level after every finally block ran; atexit callbacks and final flushes followed.", head, e.Code)
		}
		return printf.Sprintf("%s: SystemExit's code %s is not an integer, so Python printed it to stderr and exited with status 1.", head, e.Code)
	case ReasonException:
		return printf.Sprintf("%s: an unhandled %s reached the top level; sys.excepthook printed its traceback, then atexit callbacks and final flushes ran.", head, e.ExcType)
	case ReasonOSExit:
		return head + ": os._exit() ended the process at once, skipping finally blocks, __exit__, atexit callbacks and every buffer flush" + e.lostClause() + "."
	case ReasonSignal:
		if e.KeyboardInterrupt {
			return printf.Sprintf("%s: an unhandled KeyboardInterrupt printed its traceback, Python shut down, then killed itself with SIGINT so the parent sees death by signal 2 (returncode %d).", head, e.Returncode)
		}
		action := "the default action ends the process"
		if info, _ := process.Signal(e.Signal); info.Act == process.ActCore {
			action = "the default action ends the process (with a core dump, where enabled)"
		}
		return printf.Sprintf("%s: killed by signal %d (%s); %s without running finally blocks, __exit__ or atexit callbacks%s.",
			head, e.Signal, process.SignalName(e.Signal), action, e.lostClause())
	case ReasonLimit:
		return e.limitSentence()
	}
	return "exitplay failed while running this program (a bug in exitplay, not a CPython outcome): " + e.Internal
}

// lostClause says which buffered output was lost, or nothing.
func (e *ending) lostClause() string {
	if len(e.Lost) == 0 {
		return ""
	}
	var parts []string
	for _, l := range e.Lost {
		name := l.Stream
		if name != "stdout" && name != "stderr" {
			name = "file " + name
		}
		unit := "bytes"
		if len(l.Data) == 1 {
			unit = "byte"
		}
		parts = append(parts, printf.Sprintf("the %d %s still in %s's buffer", len(l.Data), unit, name))
	}
	verb := "was"
	if len(parts) > 1 || len(e.Lost[0].Data) != 1 {
		verb = "were"
	}
	return ", and " + strings.Join(parts, " and ") + " " + verb + " lost"
}

func (e *ending) limitSentence() string {
	h := e.Halt
	const tail = "; a real process would have gone on, so there is no CPython exit status."
	seconds := printf.Sprintf("%g s", float64(h.Budget)/1e9)
	switch {
	case h.Reason == process.HaltStopped:
		return printf.Sprintf("Stopped by the playground: %s stopped the process and nothing scheduled would continue it (a shell would report a stopped job, $? %d)%s",
			process.SignalName(h.Signal), 128+h.Signal, tail)
	case h.Limit == process.LimitTime && h.Detail != "":
		return "Stopped by the playground at its virtual-time limit of " + seconds + ": " + h.Detail + tail
	case h.Limit == process.LimitTime:
		return "Stopped by the playground: the program was still running at its virtual-time limit of " + seconds + tail
	case h.Limit == process.LimitSteps:
		return printf.Sprintf("Stopped by the playground: the program used up its budget of %d executed steps%s", h.Budget, tail)
	case h.Limit == process.LimitHost:
		return "Stopped by the server: the run took longer in real time than the server allows; run it in the browser to use the playground's full budgets" + tail
	case h.Limit == process.LimitOutput:
		return printf.Sprintf("Stopped by the playground: the program wrote more than the %d bytes of output the playground keeps%s", h.Budget, tail)
	}
	return "Stopped by the playground: " + h.Detail + tail
}
