// Package process simulates the operating-system side of a CPython 3.11
// process on Linux: a virtual clock, stdin, stdout and stderr with CPython's
// exact buffering rules, an in-memory file system, signal dispositions and
// delivery, the atexit registry and exit-status arithmetic.
//
// The package knows nothing of Python syntax or values: callbacks, signal
// handlers and atexit functions are opaque values that the interpreter side
// (wasm/lib) stores here and calls itself. Everything is deterministic: the
// same inputs give byte-identical output and trace.
package process
