// Package system is the Python face of the simulated process: the modules
// sys, os (with posix and os.path), signal, atexit, time and weakref
// (finalize), the built-ins open, exit and quit, the stdio and file
// objects, and the shutdown sequence CPython runs after __main__ ends.
//
// Host connects one vm.Interpreter to one process.Process: it implements
// vm.Host (writes, stdin, the per-step Tick that delivers signals to
// Python handlers) and vm.Observer (execution events into the trace), and
// supplies the modules and built-ins through Options. Finish then plays
// CPython's ending (flush_io, the SystemExit message or sys.excepthook,
// atexit, flush_std_files, module teardown, final flushes) and reports how
// the process ended.
//
// Most modules are Go. signal.py, weakref.py and os.py are Python, run by
// the interpreter like modules of the standard library, because that is
// what CPython's are: a traceback through signal.signal shows the same
// "<stdlib>/signal.py" frame, weakref.finalize is a real class, and
// os.environ is an os._Environ whose errors pass through "<frozen os>"
// frames (os is frozen in CPython, and so here: vm.RegisterFrozenSource).
// The Go halves are _signal and posix. The trace leaves out what happens
// inside such library code, and importing a frozen module costs no steps,
// since CPython imported it before the program started.
//
// Objects Python code can print or compare (the _io streams, struct
// sequences such as sys.version_info, the Quitter objects exit and quit,
// enum members such as signal.SIGINT) are vm.Instance values of classes
// made here, since the interpreter gives instances their repr, str and
// comparisons through the class's methods.
package system
