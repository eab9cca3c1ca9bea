package sim

import (
	"fmt"
	"strings"

	"github.com/exitplay/exitplay/wasm/process"
)

// ending is what the run's last moments established, enough to fill the
// Result's status fields and to explain them in one sentence.
type ending struct {
	reason     string
	status     int
	returncode int
	signal     int // fatal or stopping signal
	// code is the repr of SystemExit.code for ReasonSystemExit; codeInt
	// tells whether it was an integer (or None), masked whether the shell
	// status differs from it.
	code    string
	codeInt bool
	masked  bool
	excType string // the exception class for ReasonException
	kbInt   bool   // an exact KeyboardInterrupt re-killed the process
	halt    *process.Halt
	lost    []process.LostOutput
	detail  string // internal error text
}

// explain returns the one-sentence explanation of the ending.
func (e *ending) explain() string {
	head := fmt.Sprintf("Exited with status %d", e.status)
	switch e.reason {
	case ReasonNormal:
		return head + ": the script ran to its end, then Python ran its shutdown (atexit callbacks, final flushes) normally."
	case ReasonSyntaxError:
		return head + ": the script did not compile (" + e.excType + "), so none of it ran, not even atexit registrations."
	case ReasonSystemExit:
		switch {
		case e.code == "None":
			return head + ": SystemExit with no code (sys.exit(), exit() or raise SystemExit) reached the top level after every finally block ran; atexit callbacks and final flushes followed."
		case e.codeInt && e.masked:
			return fmt.Sprintf("%s: SystemExit(%s) reached the top level, and the shell only sees the low 8 bits of the code; atexit callbacks and final flushes ran first.", head, e.code)
		case e.codeInt:
			return fmt.Sprintf("%s: SystemExit(%s) reached the top level after every finally block ran; atexit callbacks and final flushes followed.", head, e.code)
		}
		return fmt.Sprintf("%s: SystemExit's code %s is not an integer, so Python printed it to stderr and exited with status 1.", head, e.code)
	case ReasonException:
		return fmt.Sprintf("%s: an unhandled %s reached the top level; sys.excepthook printed its traceback, then atexit callbacks and final flushes ran.", head, e.excType)
	case ReasonOSExit:
		return head + ": os._exit() ended the process at once, skipping finally blocks, __exit__, atexit callbacks and every buffer flush" + e.lostClause() + "."
	case ReasonSignal:
		if e.kbInt {
			return fmt.Sprintf("%s: an unhandled KeyboardInterrupt printed its traceback, Python shut down, then killed itself with SIGINT so the parent sees death by signal 2 (returncode %d).", head, e.returncode)
		}
		return fmt.Sprintf("%s: killed by signal %d (%s); the default action ends the process without running finally blocks, __exit__ or atexit callbacks%s.",
			head, e.signal, process.SignalName(e.signal), e.lostClause())
	case ReasonLimit:
		return e.limitSentence()
	}
	return "exitplay failed while running this program (a bug in exitplay, not a CPython outcome): " + e.detail
}

// lostClause says which buffered output was lost, or nothing.
func (e *ending) lostClause() string {
	if len(e.lost) == 0 {
		return ""
	}
	var parts []string
	for _, l := range e.lost {
		name := l.Stream
		if name != "stdout" && name != "stderr" {
			name = "file " + name
		}
		unit := "bytes"
		if len(l.Data) == 1 {
			unit = "byte"
		}
		parts = append(parts, fmt.Sprintf("the %d %s still in %s's buffer", len(l.Data), unit, name))
	}
	verb := "was"
	if len(parts) > 1 || len(e.lost[0].Data) != 1 {
		verb = "were"
	}
	return ", and " + strings.Join(parts, " and ") + " " + verb + " lost"
}

func (e *ending) limitSentence() string {
	h := e.halt
	const tail = "; a real process would have gone on, so there is no CPython exit status."
	switch {
	case h.Reason == process.HaltStopped:
		return fmt.Sprintf("Stopped by the playground: %s stopped the process and nothing scheduled would continue it (a shell would report a stopped job, $? %d)%s",
			process.SignalName(h.Signal), 128+h.Signal, tail)
	case h.Limit == process.LimitTime && h.Detail != "":
		return "Stopped by the playground at the virtual-time limit: " + h.Detail + tail
	case h.Limit == process.LimitTime:
		return "Stopped by the playground: the program was still running at the virtual-time limit" + tail
	case h.Limit == process.LimitSteps:
		return "Stopped by the playground: the program used up its budget of executed steps" + tail
	case h.Limit == process.LimitOutput:
		return "Stopped by the playground: the program wrote more output than the playground keeps" + tail
	}
	return "Stopped by the playground: " + h.Error() + tail
}
