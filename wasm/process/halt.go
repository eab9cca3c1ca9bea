package process

import "github.com/exitplay/exitplay/wasm/internal/printf"

// HaltReason says why a process stopped hard.
type HaltReason uint8

// Ways a process ends without Python's shutdown sequence.
const (
	HaltOSExit  HaltReason = iota + 1 // os._exit(n)
	HaltSignal                        // killed by a signal's default action
	HaltLimit                         // a budget of the playground ran out
	HaltStopped                       // stopped by a signal, and nothing would ever continue it
)

// Limit names, for Halt.Limit.
const (
	LimitSteps  = "steps"
	LimitTime   = "time"
	LimitOutput = "output"
	// LimitHost is the host's own stop (Config.Interrupt): real time ran
	// out on a server, for example. Unlike the others it is not
	// deterministic, and only protects the host.
	LimitHost = "host"
)

// Halt is the error that ends a process at once: nothing of the program
// runs afterwards, buffered output is lost. The interpreter must let it
// through every except and finally clause.
type Halt struct {
	Reason HaltReason
	// Status is the shell status for HaltOSExit and HaltSignal.
	Status int
	// Signal is the fatal or stopping signal.
	Signal int
	// Limit names the exhausted budget for HaltLimit, and Budget is its
	// size: steps, nanoseconds of virtual time or bytes of output.
	Limit  string
	Budget int64
	// Detail is one phrase about what the program was doing, e.g.
	// "time.sleep(1) was waiting".
	Detail string
}

// Error describes the stop in a few words.
func (h *Halt) Error() string {
	switch h.Reason {
	case HaltOSExit:
		return printf.Sprintf("os._exit(%d)", h.Status)
	case HaltSignal:
		return "killed by " + SignalName(h.Signal)
	case HaltStopped:
		return "stopped by " + SignalName(h.Signal)
	}
	return h.Limit + " limit reached"
}
