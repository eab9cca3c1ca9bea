package process

import "github.com/exitplay/exitplay/wasm/internal/printf"

// Errno values the simulated kernel returns (Linux numbering).
const (
	EPERM     = 1
	ENOENT    = 2
	ESRCH     = 3
	EBADF     = 9
	EACCES    = 13
	EEXIST    = 17
	ENOTDIR   = 20
	EISDIR    = 21
	EINVAL    = 22
	EPIPE     = 32
	ENOTEMPTY = 39
)

var strerrors = map[int]string{
	EPERM:     "Operation not permitted",
	ENOENT:    "No such file or directory",
	ESRCH:     "No such process",
	EBADF:     "Bad file descriptor",
	EACCES:    "Permission denied",
	EEXIST:    "File exists",
	ENOTDIR:   "Not a directory",
	EISDIR:    "Is a directory",
	EINVAL:    "Invalid argument",
	EPIPE:     "Broken pipe",
	ENOTEMPTY: "Directory not empty",
}

var errnoClasses = map[int]string{
	EPERM:   "PermissionError",
	ENOENT:  "FileNotFoundError",
	ESRCH:   "ProcessLookupError",
	EACCES:  "PermissionError",
	EEXIST:  "FileExistsError",
	ENOTDIR: "NotADirectoryError",
	EISDIR:  "IsADirectoryError",
	EPIPE:   "BrokenPipeError",
}

// OSError is a failed system call. The Python side turns it into the
// OSError subclass CPython raises for the errno, with the same arguments
// (errno, strerror[, filename]), so its str() matches.
type OSError struct {
	Errno int
	// Filename is the path involved; empty when the call has none.
	Filename string
}

// Strerror returns the C library's text for errno.
func Strerror(errno int) string {
	if s, ok := strerrors[errno]; ok {
		return s
	}
	return printf.Sprintf("Unknown error %d", errno)
}

// Class returns the name of the built-in exception class CPython picks for
// the errno, e.g. "FileNotFoundError".
func (e *OSError) Class() string {
	if c, ok := errnoClasses[e.Errno]; ok {
		return c
	}
	return "OSError"
}

// Error formats the error as CPython's str() does, with the filename in
// Go quoting (the Python side uses repr).
func (e *OSError) Error() string {
	if e.Filename != "" {
		return printf.Sprintf("[Errno %d] %s: %q", e.Errno, Strerror(e.Errno), e.Filename)
	}
	return printf.Sprintf("[Errno %d] %s", e.Errno, Strerror(e.Errno))
}

// ValueError is a failure CPython reports as ValueError, with its exact
// message, e.g. "I/O operation on closed file.".
type ValueError string

// Error returns the message.
func (e ValueError) Error() string { return string(e) }

// UnsupportedOperation is io.UnsupportedOperation, e.g. "not readable".
type UnsupportedOperation string

// Error returns the message.
func (e UnsupportedOperation) Error() string { return string(e) }

// errClosed is the ValueError of any operation on a closed file.
const errClosed = ValueError("I/O operation on closed file.")
