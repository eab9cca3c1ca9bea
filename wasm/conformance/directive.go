package conformance

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/exitplay/exitplay/wasm/sim"
)

// directiveLine matches a header comment such as "# exitplay: signal SIGTERM@0.5".
var directiveLine = regexp.MustCompile(`^#\s*exitplay:\s*(\w+)\s+(.*?)\s*$`)

// signalName matches what a schedule may name: "SIGTERM", "TERM" or "15".
var signalName = regexp.MustCompile(`^(SIG)?[A-Z][A-Z0-9]*$|^[0-9]+$`)

// DirectiveError reports a malformed "# exitplay:" comment.
type DirectiveError struct {
	Line int    // 1-based line of the comment
	Msg  string // what is wrong with it
}

// Error returns "line N: message".
func (e *DirectiveError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

// Signals returns the external signal schedule a program declares with
// "# exitplay: signal NAME@SECONDS" comments, in source order. NAME is a
// signal name with or without "SIG" or a number; SECONDS is the time since
// the process started. Any other "# exitplay:" directive is an error.
func Signals(src string) ([]sim.ScheduledSignal, error) {
	var schedule []sim.ScheduledSignal
	for i, line := range strings.Split(src, "\n") {
		m := directiveLine.FindStringSubmatch(strings.TrimRight(line, "\r"))
		if m == nil {
			continue
		}
		if m[1] != "signal" {
			return nil, &DirectiveError{i + 1, fmt.Sprintf("unknown directive %q", m[1])}
		}
		name, at, ok := strings.Cut(m[2], "@")
		name = strings.TrimSpace(name)
		if !ok || !signalName.MatchString(name) {
			return nil, &DirectiveError{i + 1, fmt.Sprintf("want signal NAME@SECONDS, got %q", m[2])}
		}
		seconds, err := strconv.ParseFloat(strings.TrimSpace(at), 64)
		if err != nil || seconds < 0 {
			return nil, &DirectiveError{i + 1, fmt.Sprintf("bad time %q", at)}
		}
		schedule = append(schedule, sim.ScheduledSignal{Signal: name, At: seconds})
	}
	return schedule, nil
}
