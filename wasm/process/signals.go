package process

import (
	"strconv"
	"strings"

	"github.com/exitplay/exitplay/wasm/internal/printf"
)

// NSIG is one more than the highest signal number, as in Python's
// signal.NSIG on Linux.
const NSIG = 65

// Real-time signal range on Linux with glibc.
const (
	SIGRTMIN = 34
	SIGRTMAX = 64
)

// Frequently used signal numbers.
const (
	SIGINT  = 2
	SIGKILL = 9
	SIGPIPE = 13
	SIGALRM = 14
	SIGTERM = 15
	SIGCONT = 18
	SIGSTOP = 19
	SIGXFSZ = 25
)

// Action is what the kernel does with a signal whose disposition is SIG_DFL.
type Action uint8

// Default actions, as listed in signal(7).
const (
	ActTerm   Action = iota // terminate the process
	ActCore                 // terminate and dump core (core dumps are off)
	ActIgnore               // nothing happens
	ActStop                 // stop the process until SIGCONT
	ActCont                 // continue a stopped process; otherwise ignored
)

var actionNames = [...]string{"terminate", "core", "ignore", "stop", "continue"}

// String returns the action's name as the trace records it.
func (a Action) String() string { return actionNames[a] }

// SignalInfo describes one Linux signal number.
type SignalInfo struct {
	Num  int
	Name string // canonical name, e.g. "SIGABRT"; "" for unnamed real-time signals
	Text string // strsignal(3) text, e.g. "Aborted"
	Act  Action // default action
}

var signalTable = [32]SignalInfo{
	1:  {1, "SIGHUP", "Hangup", ActTerm},
	2:  {2, "SIGINT", "Interrupt", ActTerm},
	3:  {3, "SIGQUIT", "Quit", ActCore},
	4:  {4, "SIGILL", "Illegal instruction", ActCore},
	5:  {5, "SIGTRAP", "Trace/breakpoint trap", ActCore},
	6:  {6, "SIGABRT", "Aborted", ActCore},
	7:  {7, "SIGBUS", "Bus error", ActCore},
	8:  {8, "SIGFPE", "Floating point exception", ActCore},
	9:  {9, "SIGKILL", "Killed", ActTerm},
	10: {10, "SIGUSR1", "User defined signal 1", ActTerm},
	11: {11, "SIGSEGV", "Segmentation fault", ActCore},
	12: {12, "SIGUSR2", "User defined signal 2", ActTerm},
	13: {13, "SIGPIPE", "Broken pipe", ActTerm},
	14: {14, "SIGALRM", "Alarm clock", ActTerm},
	15: {15, "SIGTERM", "Terminated", ActTerm},
	16: {16, "SIGSTKFLT", "Stack fault", ActTerm},
	17: {17, "SIGCHLD", "Child exited", ActIgnore},
	18: {18, "SIGCONT", "Continued", ActCont},
	19: {19, "SIGSTOP", "Stopped (signal)", ActStop},
	20: {20, "SIGTSTP", "Stopped", ActStop},
	21: {21, "SIGTTIN", "Stopped (tty input)", ActStop},
	22: {22, "SIGTTOU", "Stopped (tty output)", ActStop},
	23: {23, "SIGURG", "Urgent I/O condition", ActIgnore},
	24: {24, "SIGXCPU", "CPU time limit exceeded", ActCore},
	25: {25, "SIGXFSZ", "File size limit exceeded", ActCore},
	26: {26, "SIGVTALRM", "Virtual timer expired", ActTerm},
	27: {27, "SIGPROF", "Profiling timer expired", ActTerm},
	28: {28, "SIGWINCH", "Window changed", ActIgnore},
	29: {29, "SIGIO", "I/O possible", ActTerm},
	30: {30, "SIGPWR", "Power failure", ActTerm},
	31: {31, "SIGSYS", "Bad system call", ActCore},
}

// signalAliases are the extra names of signal.Signals members; their repr
// uses the canonical name.
var signalAliases = map[string]int{"SIGIOT": 6, "SIGCLD": 17, "SIGPOLL": 29}

// ValidSignal reports whether n is a signal number the kernel knows
// (1–31 and SIGRTMIN–SIGRTMAX).
func ValidSignal(n int) bool {
	return (n >= 1 && n < len(signalTable)) || (n >= SIGRTMIN && n <= SIGRTMAX)
}

// Signal returns the description of signal n; ok is false when n is not a
// valid signal number.
func Signal(n int) (info SignalInfo, ok bool) {
	switch {
	case n >= 1 && n < len(signalTable):
		return signalTable[n], true
	case n >= SIGRTMIN && n <= SIGRTMAX:
		info = SignalInfo{Num: n, Text: printf.Sprintf("Real-time signal %d", n-SIGRTMIN), Act: ActTerm}
		switch n {
		case SIGRTMIN:
			info.Name = "SIGRTMIN"
		case SIGRTMAX:
			info.Name = "SIGRTMAX"
		}
		return info, true
	}
	return SignalInfo{}, false
}

// SignalName returns the canonical name of signal n ("SIGTERM"), or its
// number as text when the signal has no name.
func SignalName(n int) string {
	if info, ok := Signal(n); ok && info.Name != "" {
		return info.Name
	}
	return strconv.Itoa(n)
}

// NamedSignals returns the members of Python's signal.Signals in definition
// order: every named signal, then the aliases with their numbers.
func NamedSignals() (names []string, nums []int) {
	for _, info := range signalTable[1:] {
		names, nums = append(names, info.Name), append(nums, info.Num)
	}
	names, nums = append(names, "SIGRTMIN", "SIGRTMAX"), append(nums, SIGRTMIN, SIGRTMAX)
	for _, alias := range []string{"SIGIOT", "SIGCLD", "SIGPOLL"} {
		names, nums = append(names, alias), append(nums, signalAliases[alias])
	}
	return names, nums
}

// ParseSignal reads a signal given as a name ("SIGTERM", "TERM", "sigterm",
// an alias such as "SIGIOT") or a number ("15").
func ParseSignal(s string) (int, error) {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(s); err == nil {
		if !ValidSignal(n) {
			return 0, printf.Errorf("signal number %d out of range", n)
		}
		return n, nil
	}
	name := strings.ToUpper(s)
	if !strings.HasPrefix(name, "SIG") {
		name = "SIG" + name
	}
	if n, ok := signalAliases[name]; ok {
		return n, nil
	}
	names, nums := NamedSignals()
	for i, candidate := range names {
		if candidate == name {
			return nums[i], nil
		}
	}
	return 0, printf.Errorf("unknown signal %q", s)
}
