package vm

import (
	"bytes"
	"strings"
)

// MemHost is a simple Host for tests and tools: writes go unbuffered to
// byte buffers, stdin is a fixed string, and an optional step budget
// stops runaway programs.
type MemHost struct {
	Stdout, Stderr bytes.Buffer
	// Combined receives every write to fd 1 or 2, in order.
	Combined bytes.Buffer
	stdin    string
	// MaxSteps, when positive, is the step budget.
	MaxSteps int64
	steps    int64
}

// NewMemHost returns a MemHost whose stdin holds stdin.
func NewMemHost(stdin string) *MemHost { return &MemHost{stdin: stdin} }

// Write implements Host.
func (h *MemHost) Write(fd int, p []byte) (int, error) {
	switch fd {
	case 1:
		h.Stdout.Write(p)
	case 2:
		h.Stderr.Write(p)
	default:
		return 0, NewOSError(9, "Bad file descriptor", nil)
	}
	h.Combined.Write(p)
	return len(p), nil
}

// ReadLine implements Host.
func (h *MemHost) ReadLine(fd int) (string, error) {
	if fd != 0 {
		return "", NewOSError(9, "Bad file descriptor", nil)
	}
	i := strings.IndexByte(h.stdin, '\n')
	if i < 0 {
		line := h.stdin
		h.stdin = ""
		return line, nil
	}
	line := h.stdin[:i+1]
	h.stdin = h.stdin[i+1:]
	return line, nil
}

// Tick implements Host: it enforces MaxSteps.
func (h *MemHost) Tick(t *Thread, steps int) error {
	h.steps += int64(steps)
	if h.MaxSteps > 0 && h.steps > h.MaxSteps {
		return &HardStop{Reason: "limit", Status: -1, Detail: "step budget exhausted"}
	}
	return nil
}
