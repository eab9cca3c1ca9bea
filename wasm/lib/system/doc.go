// Package system is the Python face of the simulated process: the modules
// sys, os, signal, atexit, time and weakref (finalize), the built-ins open,
// exit and quit, the stdio and file objects, and the shutdown sequence
// CPython runs after __main__ ends.
//
// Host connects one vm.Interpreter to one process.Process: it implements
// vm.Host (writes, stdin, the per-step Tick that delivers signals to
// Python handlers) and supplies the modules and built-ins through
// vm.Options. Finish then plays CPython's ending (flush_io, SystemExit
// handling or sys.excepthook, atexit, final flushes, module teardown) and
// reports how the process ended.
package system
