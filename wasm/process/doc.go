// Package process simulates the operating-system side of a CPython 3.11
// process on Linux: a virtual clock, stdin, stdout and stderr with CPython's
// exact buffering rules, an in-memory file system, signal dispositions and
// delivery, the atexit registry and exit-status arithmetic.
//
// The package knows nothing of Python syntax or values: callbacks, signal
// handlers and atexit functions are opaque values that the interpreter side
// (wasm/lib/system) stores here and calls itself. Everything is
// deterministic: the same inputs give byte-identical output and trace.
//
// # Time
//
// The clock starts at 0 (wall time Epoch) and moves only when the program
// executes steps (StepCostNS each, so 100,000 steps make a virtual second
// and busy loops reach scheduled signals) or waits (time.sleep,
// signal.pause, a stopped process). A wait jumps straight to the next
// event: a scheduled signal, a timer, or the end of the sleep.
//
// # Signals
//
// Dispositions start as CPython leaves them: SIGINT has a Python handler
// (signal.default_int_handler, installed by the interpreter side), SIGPIPE
// and SIGXFSZ are ignored, everything else has the Linux default action.
// A signal with a default action acts when it is sent: terminate or core
// (the process dies at once, status 128+N, nothing more of the program
// runs, buffered output is lost), ignore, stop or continue. A signal with
// a Python handler becomes pending and the handler runs at the next
// statement boundary (PendingHandler), lowest number first.
//
// Stop signals (SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU) really stop the
// process: time passes with nothing executing until a scheduled SIGCONT
// continues it or a fatal signal kills it. When nothing scheduled could
// ever continue it, the run ends with HaltStopped, which the playground
// reports as a limit: a real shell would leave a stopped job behind.
//
// # Budgets
//
// Every run ends: a step budget, a virtual-time budget (raised to cover
// the last scheduled signal) and an output budget each end the run with a
// HaltLimit, which is never presented as a CPython outcome.
package process
