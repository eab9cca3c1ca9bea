package vm_test

import (
	"strings"
	"testing"
	"time"
)

// TestAllocationBudget checks that single operations which would build an
// object far over the allocation budget raise MemoryError at once
// instead of taking the machine's memory or minutes of time.
func TestAllocationBudget(t *testing.T) {
	for _, expr := range []string{
		"'x'.center(10**10)", "'x'.zfill(10**10)", "'a'.ljust(10**8)", "f'{1:>2000000000}'",
		"'%2000000000d' % 1", "'-'.join(['y'*10**7]*100)", "list(range(10**9))", "sorted(range(10**9))",
		"bytes(10**10)", "bytearray(10**10)", "9**9**9", "1 << 10**9", "'\\t'.expandtabs(10**9)",
		"[1, 2] * 10**9", "(1,) * 10**9", "b'x' * 10**10", "'x' * 10**10", "10**(10**9)",
	} {
		start := time.Now()
		src := "try:\n    " + expr + "\nexcept MemoryError:\n    print('MemoryError')\n"
		stdout, stderr, _ := runProgram(t, src, "")
		if strings.TrimSpace(stdout) != "MemoryError" {
			t.Errorf("%s: got stdout %q stderr %q, want MemoryError", expr, stdout, stderr)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: took %v", expr, d)
		}
	}
}
