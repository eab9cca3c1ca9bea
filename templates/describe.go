package templates

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/exitplay/exitplay/wasm/trace"
)

// quote quotes output, shortened to n characters, as JSON.stringify does
// in web/src/describe.ts.
func quote(s string, n int) string {
	if utf8.RuneCountInString(s) > n {
		s = string([]rune(s)[:n]) + "…"
	}
	return strconv.Quote(s)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// suffix returns " "+s, or "" for an empty s.
func suffix(s string) string {
	if s == "" {
		return ""
	}
	return " " + s
}

// describe is one line of text for an event, worded as web/src/describe.ts
// words it; the engine's own text is used where it has one.
func describe(e trace.Event) string {
	switch e.Kind {
	case trace.Write:
		buffered := ""
		if e.Buffered > 0 {
			buffered = " (" + plural(e.Buffered, "byte") + " buffered)"
		}
		return e.Stream + " ← " + quote(e.Data, 48) + buffered
	case trace.Flush:
		return fmt.Sprintf("%s flushed (%s): %s", e.Stream, e.Why, quote(e.Data, 48))
	case trace.Input:
		return "input() read " + quote(e.Data, 48)
	case trace.FileClose:
		return e.Stream + " closed"
	case trace.Call:
		return "call " + e.Func + "()"
	case trace.Return:
		return "return from " + e.Func + "()"
	case trace.Raise:
		return "raise " + e.Exception
	case trace.Catch:
		return "except caught " + e.Exception
	case trace.Unwind:
		return e.Exception + " leaves " + e.Func + "()"
	case trace.Finally:
		return "finally block entered (" + e.Why + ")"
	case trace.WithEnter:
		return "with: __enter__ called"
	case trace.WithExit:
		outcome := e.Outcome
		if outcome == "" {
			outcome = "returned"
		}
		return "with: __exit__ " + outcome + suffix(e.Exception)
	case trace.SignalDelivered:
		return e.Signal + " delivered: " + e.Disposition
	case trace.HandlerStart:
		return e.Signal + " handler " + e.Func + " starts"
	case trace.HandlerEnd:
		return e.Signal + " handler " + e.Outcome + suffix(e.Exception)
	case trace.SleepStart:
		if e.Text != "" {
			return e.Text
		}
		return "sleep(" + strconv.FormatFloat(e.Seconds, 'f', -1, 64) + ")"
	case trace.SleepEnd:
		how := "ended"
		if e.Interrupted {
			how = "interrupted"
		}
		return fmt.Sprintf("sleep %s after %.3f s", how, e.Seconds)
	case trace.Alarm:
		if e.Seconds != 0 {
			return fmt.Sprintf("alarm set for %s s (%s)", strconv.FormatFloat(e.Seconds, 'f', -1, 64), e.By)
		}
		return "alarm cancelled (" + e.By + ")"
	case trace.AtexitRegister:
		return "atexit.register(" + e.Func + ")"
	case trace.AtexitUnregister:
		return "atexit.unregister(" + e.Func + ")"
	case trace.AtexitRun:
		return "atexit runs " + e.Func
	case trace.AtexitError:
		return "atexit callback " + e.Func + " raised " + e.Exception
	case trace.SystemExit:
		status := "?"
		if e.Status != nil {
			status = strconv.Itoa(*e.Status)
		}
		return e.Exception + " reaches the top level: status " + status
	case trace.UnhandledException:
		return "uncaught " + e.Exception
	case trace.Phase:
		if e.Why != "" {
			return "shutdown step: " + e.Why
		}
		return "shutdown step: " + e.Text
	case trace.Lost:
		text := e.Text
		if text == "" {
			text = "lost"
		}
		return text + ": " + quote(e.Data, 48)
	}
	if e.Text != "" {
		return e.Text
	}
	return string(e.Kind)
}
