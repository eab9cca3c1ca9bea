// Package conformance checks the engine against CPython 3.11.7, program by
// program.
//
// # The corpus
//
// testdata holds three folders of small Python programs, each a file a
// person can run with python3, each checking one behaviour and printing what
// it observes:
//
//   - lang: the language and built-ins the interpreter supports, many ending
//     in an uncaught exception so that the golden holds a full traceback;
//     a few do not compile at all.
//   - term: every way a program ends: exit codes, SystemExit in its forms,
//     os._exit, atexit, stdio buffering, signals, finalizers, files left on
//     disk.
//   - seed: the examples of the tutorial the playground's examples come
//     from, reconstructed one per file.
//
// Next to NAME.py live NAME.stdin (what the program reads; absent means
// empty stdin) and NAME.golden.json, CPython's recording written by
// record.py: stdout, stderr, returncode, shell status and the files the
// program left, in pipe mode (stdout and stderr on two pipes) and in tty
// mode (both on one terminal, recorded as one text). The golden also holds
// the SHA-256 of the program and of its stdin, so a golden that no longer
// matches its program is detected.
//
// # Directives
//
// A program declares signals that someone else sends it with header
// comments, one per signal:
//
//	# exitplay: signal SIGTERM@0.5
//	# exitplay: signal 2@1.25
//
// The signal is a name (with or without "SIG") or a number; the time is in
// seconds since the process started. The engine delivers it at that
// virtual time; record.py sends it at that wall time, or later if CPython
// has not yet blocked in a sleep by then. So such a program must be blocked
// in a long time.sleep or signal.pause when the signal arrives. Signals
// parses the schedule.
//
// # How CPython is recorded
//
// record.py copies the program to a fresh temporary directory as main.py and
// runs `python3 main.py` there, with exactly the simulated process's
// environment (no PYTHON* variable, the same os.environ), every signal at
// its default action (a shell's background job would otherwise inherit
// SIGINT ignored), no core files, stdin fed through a pipe in both modes
// (the simulated terminal is output only: nothing typed is echoed), and
// the terminal's "\n"→"\r\n" output translation switched off, so the tty
// text is exactly what the program wrote. The temporary directory is
// removed from the text (tracebacks say File "main.py") and the standard
// library's directory is shown as "<stdlib>". Each program is recorded
// twice; if the recordings differ beyond object addresses the program is
// nondeterministic and must be fixed. Things that are never deterministic
// must stay out of the corpus: real times, the order of sets of strings (string hashing is
// randomized per process), threads, the network, subprocesses.
//
// # The harness
//
// TestConformance runs each program through sim.Run in both modes as the
// subtests CORPUS/NAME/pipe and CORPUS/NAME/tty, so that for example
//
//	go test ./wasm/conformance -run 'TestConformance/lang/'
//
// runs the language corpus. Pipe mode compares stdout, stderr, status,
// returncode and files; tty mode compares the concatenated terminal text
// and the status. Object addresses (" at 0x…") are hidden on both sides.
//
// known_failures.txt is a ratchet: a subtest listed there may fail (its
// diff is logged); an unlisted failing subtest fails the test, and so does
// a listed subtest that now passes, until it is removed from the list.
// The -update-known flag rewrites the file from the current results;
// -prune-known only removes the subtests that now pass, so that a new
// failure (a regression) stays visible.
// TestGoldens checks that every program has an up-to-date golden and that
// no golden or stdin file is orphaned.
//
// # Adding a program
//
// Write testdata/CORPUS/NAME.py (and NAME.stdin if it reads input), run it
// with python3 to see that it checks what you meant, record it with
//
//	python3 wasm/conformance/record.py wasm/conformance/testdata/CORPUS/NAME.py
//
// (no arguments re-records everything, as `make goldens` does; --check
// compares the goldens with CPython without writing them), then run
// the Go test and, while the engine does not support it yet, add its
// subtests to known_failures.txt (or use -update-known).
package conformance
