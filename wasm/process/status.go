package process

import "strconv"

// ExitStatus is the shell status of exit(code) for an integer code: C's
// (int)PyLong_AsLong(code), of which the OS keeps the low 8 bits. overflow
// says the code does not fit in a C long; PyLong_AsLong then returns -1.
func ExitStatus(code int64, overflow bool) int {
	if overflow {
		return 255
	}
	return int(uint8(int32(code)))
}

// Wait-status helpers with Linux's encoding, for os.WIFEXITED and friends.

// WIFEXITED reports whether the wait status is a normal exit.
func WIFEXITED(status int) bool { return status&0x7f == 0 }

// WEXITSTATUS returns the exit status of a normal exit.
func WEXITSTATUS(status int) int { return (status >> 8) & 0xff }

// WIFSIGNALED reports whether the wait status is a death by signal.
func WIFSIGNALED(status int) bool { s := status & 0x7f; return s != 0 && s != 0x7f }

// WTERMSIG returns the signal that killed the process.
func WTERMSIG(status int) int { return status & 0x7f }

// itoa is strconv.Itoa for messages, out of line: strconv.Itoa's inlined
// fast path at each of its call sites would only add code.
//
//go:noinline
func itoa(n int) string { return strconv.Itoa(n) }
