package process

import "testing"

// TestExitStatus follows the table of reference §2.1.
func TestExitStatus(t *testing.T) {
	cases := []struct {
		code     int64
		overflow bool
		want     int
	}{
		{0, false, 0}, {1, false, 1}, {3, false, 3}, {255, false, 255}, {256, false, 0},
		{257, false, 1}, {-1, false, 255}, {-255, false, 1}, {1 << 31, false, 0},
		{1<<31 - 1, false, 255}, {1<<32 + 7, false, 7}, {-1 << 63, false, 0}, {0, true, 255},
	}
	for _, c := range cases {
		if got := ExitStatus(c.code, c.overflow); got != c.want {
			t.Errorf("ExitStatus(%d, %v) = %d, want %d", c.code, c.overflow, got, c.want)
		}
	}
	if h := newPipe().OSExit(300).(*Halt); h.Status != 44 {
		t.Errorf("os._exit(300) = %d", h.Status)
	}
}

func TestWaitStatus(t *testing.T) {
	exited, killed := 3<<8, 15
	if !WIFEXITED(exited) || WEXITSTATUS(exited) != 3 || WIFSIGNALED(exited) {
		t.Error("exit status 3 misread")
	}
	if WIFEXITED(killed) || !WIFSIGNALED(killed) || WTERMSIG(killed) != 15 {
		t.Error("signal 15 misread")
	}
}

func TestAtexit(t *testing.T) {
	var a Atexit
	var ran []any
	a.Register(AtexitEntry{Func: "first"})
	a.Register(AtexitEntry{Func: "never"})
	a.Register(AtexitEntry{Func: "registers"})
	if n := a.Unregister(func(fn any) bool { return fn == "never" }); n != 1 || a.Len() != 3 {
		t.Errorf("unregister removed %d, len %d", n, a.Len())
	}
	a.Run(func(e *AtexitEntry) error {
		ran = append(ran, e.Func)
		if e.Func == "registers" {
			a.Register(AtexitEntry{Func: "late"})
		}
		return nil
	})
	if len(ran) != 2 || ran[0] != "registers" || ran[1] != "first" || a.Len() != 0 {
		t.Errorf("ran %v, left %d", ran, a.Len())
	}
}
