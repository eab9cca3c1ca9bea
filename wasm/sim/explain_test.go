package sim

import (
	"strings"
	"testing"

	"github.com/exitplay/exitplay/wasm/lib/system"
	"github.com/exitplay/exitplay/wasm/process"
)

func TestExplain(t *testing.T) {
	cases := []struct {
		end  system.Ending
		want string
	}{
		{system.Ending{Reason: ReasonNormal}, "Exited with status 0: the script ran to its end"},
		{system.Ending{Reason: ReasonSystemExit, Status: 44, Code: "300", CodeInt: true, Masked: true}, "SystemExit(300) reached the top level, and the shell only sees the low 8 bits"},
		{system.Ending{Reason: ReasonSystemExit, Status: 1, Code: "'bye'"}, "code 'bye' is not an integer"},
		{system.Ending{Reason: ReasonException, Status: 1, ExcType: "KeyError"}, "an unhandled KeyError reached the top level"},
		{system.Ending{Reason: ReasonSignal, Status: 130, Returncode: -2, Signal: 2, KeyboardInterrupt: true}, "killed itself with SIGINT"},
		{system.Ending{Reason: ReasonSignal, Status: 143, Signal: 15, Lost: []process.LostOutput{{Stream: "stdout", Data: []byte("12 bytes....\n")}}},
			"Exited with status 143: killed by signal 15 (SIGTERM); the default action ends the process without running finally blocks, __exit__ or atexit callbacks, and the 13 bytes still in stdout's buffer were lost."},
		{system.Ending{Reason: ReasonSignal, Status: 134, Signal: 6}, "(with a core dump, where enabled)"},
		{system.Ending{Reason: ReasonOSExit, Status: 3, Lost: []process.LostOutput{{Stream: "out.txt", Data: []byte("x")}}}, "the 1 byte still in file out.txt's buffer was lost"},
		{system.Ending{Reason: ReasonLimit, Halt: &process.Halt{Reason: process.HaltLimit, Limit: process.LimitSteps, Budget: 5}}, "budget of 5 executed steps"},
		{system.Ending{Reason: ReasonLimit, Halt: &process.Halt{Reason: process.HaltStopped, Signal: 20}}, "SIGTSTP stopped the process"},
		{system.Ending{Reason: ReasonSystemExit, Status: 120, FlushFailed: true}, "Exited with status 120"},
		{system.Ending{Reason: ReasonInternalError, Internal: "boom"}, "a bug in exitplay"},
	}
	for _, c := range cases {
		e := ending{c.end}
		if got := e.explain(); !strings.Contains(got, c.want) {
			t.Errorf("%s: %q does not contain %q", c.end.Reason, got, c.want)
		}
	}
}
