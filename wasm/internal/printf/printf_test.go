package printf

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

type stringer struct{}

func (stringer) String() string { return "<stringer>" }

// Every supported verb and argument type gives what fmt.Sprintf gives.
func TestAgreesWithFmt(t *testing.T) {
	cases := []struct {
		format string
		args   []any
	}{
		{"plain text, 100%% sure", nil},
		{"%s and %s", []any{"a", []byte("b")}},
		{"%s: %v", []any{errors.New("boom"), stringer{}}},
		{"%v %v %v %v %v", []any{"s", 42, int64(-7), 2.5, true}},
		{"%q %q", []any{"tab\there \"quoted\" é \x00", ""}},
		{"%d %d %d %d %d", []any{0, -12, int64(1) << 62, rune('é'), byte(200)}},
		{"[%02d] [%03d] [%2d] [%02d] [%03d]", []any{5, 7, 3, -5, 1234}},
		{"%x %X %04X %04X %02x", []any{byte(0xab), 255, rune(0x1f), rune(0x1F600), 7}},
		{"%c%c%c", []any{byte('a'), rune('é'), rune(0x1F600)}},
		{"%g %g %g %g %g %g", []any{0.1, 1e21, 1e-7, 3.0, math.Inf(-1), 100000.0}},
		{"%v", []any{1e6}},
	}
	for _, c := range cases {
		got := Sprintf(c.format, c.args...)
		if want := fmt.Sprintf(c.format, c.args...); got != want {
			t.Errorf("Sprintf(%q) = %q, want %q", c.format, got, want)
		}
	}
}

func TestErrorfAndFprintf(t *testing.T) {
	if err := Errorf("signal %q out of range %d", "X", 3); err.Error() != `signal "X" out of range 3` {
		t.Errorf("Errorf: %v", err)
	}
	var b strings.Builder
	Fprintf(&b, "  File \"%s\", line %d\n", "main.py", 4)
	if b.String() != "  File \"main.py\", line 4\n" {
		t.Errorf("Fprintf: %q", b.String())
	}
}

// Mistakes show in the text, as fmt shows them, instead of vanishing.
func TestBadVerbs(t *testing.T) {
	for format, want := range map[string]string{
		"%d":     "%!d(MISSING)",
		"%d %s":  "1 %!s(MISSING)",
		"%s":     "%!s(unsupported)",
		"x %":    "x %!(NOVERB)",
		"%g":     "%!g(unsupported)",
		"extra ": "extra %!(EXTRA)",
	} {
		var args []any
		switch format {
		case "%d %s":
			args = []any{1}
		case "%s", "%g":
			args = []any{struct{}{}}
		case "extra ":
			args = []any{1}
		}
		if got := Sprintf(format, args...); got != want {
			t.Errorf("Sprintf(%q, %v) = %q, want %q", format, args, got, want)
		}
	}
}
