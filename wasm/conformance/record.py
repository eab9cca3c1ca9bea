#!/usr/bin/env python3
"""Record CPython goldens for the exitplay conformance corpus.

Usage:
    python3 wasm/conformance/record.py [-j N] [--check] [PROGRAM.py ...]

With no arguments every program under testdata/{lang,term,seed} is recorded.
--check records without writing and fails for every golden that no longer
matches what CPython does.  Only CPython 3.11.7, the engine's oracle, may
record.

Each program is run exactly as the engine simulates it:

* it is copied to a fresh temporary directory as main.py and run there as
  `python3 main.py`, with the simulated process's environment (HOME, LANG,
  LOGNAME, PATH, PWD, SHELL, USER: SIMULATED_ENV) and no other variable;
* stdin is the sidecar NAME.stdin (absent: empty), always fed through a pipe;
* signals declared with `# exitplay: signal NAME@SECONDS` are sent to the
  process at those wall-clock times after it was started, but never before
  it is blocked in a sleep (time.sleep, signal.pause), so that a slow
  start-up cannot change what is recorded;
* pipe mode: stdout and stderr go to two separate pipes;
* tty mode: stdout and stderr share one pseudo-terminal whose output
  post-processing (ONLCR) is switched off, so the recorded text is exactly
  the bytes the program wrote, without the tty's "\\r\\n" translation.
  stdin stays a pipe in tty mode too: the engine simulates a terminal for
  output only, so nothing typed is echoed.

CPython prints the absolute path of the script in tracebacks; the temporary
directory prefix is removed ("File \\"main.py\\"") and the standard library's
directory is shown as "<stdlib>".  Every program is recorded twice, and the
two recordings must agree after object addresses (0x...) are normalized:
a nondeterministic program is an error to fix, never a golden.

The result is NAME.golden.json next to the program, pretty-printed with
sorted keys.  It carries the SHA-256 of the program and of its stdin so the Go
harness can tell a stale golden from a fresh one.
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import json
import os
import pty
import re
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import termios
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.join(HERE, "testdata")
CORPORA = ("lang", "term", "seed")
ORACLE = "3.11.7"
TIMEOUT = 20.0
STDLIB = os.path.dirname(os.__file__)
DIRECTIVE = re.compile(r"^#\s*exitplay:\s*(\w+)\s+(.*?)\s*$")
ADDRESS = re.compile(r"0x[0-9a-f]+")


class RecordError(Exception):
    """A program cannot be recorded deterministically."""


def parse_signals(source):
    """Return the (signal number, seconds) schedule declared in source."""
    schedule = []
    for lineno, line in enumerate(source.splitlines(), 1):
        m = DIRECTIVE.match(line)
        if not m:
            continue
        if m.group(1) != "signal":
            raise RecordError(f"line {lineno}: unknown directive {m.group(1)!r}")
        name, sep, at = m.group(2).partition("@")
        if not sep:
            raise RecordError(f"line {lineno}: want 'signal NAME@SECONDS'")
        schedule.append((signal_number(name.strip()), float(at)))
    return sorted(schedule, key=lambda s: s[1])


def signal_number(name):
    """Resolve "SIGTERM", "TERM" or "15" to a signal number."""
    if name.isdigit():
        return int(name)
    if not name.startswith("SIG"):
        name = "SIG" + name
    return int(getattr(signal.Signals, name))


# The environment of every simulated process, in order (defaultEnviron in
# wasm/process/environ.go): CPython runs with exactly this one, so that
# os.environ reads the same on both sides. PWD is the simulated working
# directory, not the temporary one the program really runs in.
SIMULATED_ENV = {
    "HOME": "/home/user",
    "LANG": "C.UTF-8",
    "LOGNAME": "user",
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "PWD": "/home/user",
    "SHELL": "/bin/bash",
    "USER": "user",
}


def clean_env():
    """The environment a recorded program runs with: the simulated one."""
    return dict(SIMULATED_ENV)


# Linux x86-64 system calls a program blocked in time.sleep or signal.pause
# is waiting in: nanosleep, clock_nanosleep, pause, rt_sigsuspend.
SLEEP_SYSCALLS = {"35", "230", "34", "130"}


def blocked_in_sleep(pid):
    """Whether pid waits in a sleep-like system call; None if unknowable."""
    try:
        with open(f"/proc/{pid}/syscall") as f:
            return f.read().split()[0] in SLEEP_SYSCALLS
    except (OSError, IndexError):
        return None


def schedule_signals(proc, schedule, start):
    """Send each scheduled signal to proc at its wall time after start.

    A signal is held back until the program is blocked in its sleep as well:
    on a loaded machine CPython's start-up alone can outlast the signal's
    time, and a signal that arrives during start-up records a different
    program.
    """
    def send():
        for signum, at in schedule:
            delay = start + at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            while proc.poll() is None and blocked_in_sleep(proc.pid) is False:
                if time.monotonic() > start + TIMEOUT:
                    return
                time.sleep(0.01)
            if proc.poll() is not None:
                return
            try:
                os.kill(proc.pid, signum)
            except ProcessLookupError:
                return
    thread = threading.Thread(target=send, daemon=True)
    thread.start()
    return thread


def run_pipe(workdir, stdin, schedule):
    """Run main.py with stdout and stderr on separate pipes."""
    start = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "main.py"], cwd=workdir, env=clean_env(),
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True)
    sender = schedule_signals(proc, schedule, start)
    try:
        out, err = proc.communicate(stdin, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise RecordError(f"pipe mode: no exit within {TIMEOUT}s")
    sender.join()
    return {"stdout": decode(out), "stderr": decode(err),
            "returncode": proc.returncode}


def run_tty(workdir, stdin, schedule):
    """Run main.py with stdout and stderr on one pseudo-terminal."""
    master, slave = pty.openpty()
    attrs = termios.tcgetattr(slave)
    attrs[1] &= ~termios.ONLCR  # oflag: keep "\n" as the program wrote it
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    start = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "main.py"], cwd=workdir, env=clean_env(),
        stdin=subprocess.PIPE, stdout=slave, stderr=slave,
        start_new_session=True)
    os.close(slave)
    feeder = threading.Thread(target=feed, args=(proc.stdin, stdin), daemon=True)
    feeder.start()
    sender = schedule_signals(proc, schedule, start)
    chunks = []
    deadline = start + TIMEOUT
    try:
        while True:
            if time.monotonic() > deadline:
                proc.kill()
                proc.wait()
                raise RecordError(f"tty mode: no exit within {TIMEOUT}s")
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: every writer has closed the terminal
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
    proc.wait()
    sender.join()
    feeder.join()
    return {"output": decode(b"".join(chunks)), "returncode": proc.returncode}


def feed(pipe, data):
    """Write data to the child's stdin and close it, ignoring a gone reader."""
    try:
        pipe.write(data)
    except BrokenPipeError:
        pass
    finally:
        try:
            pipe.close()
        except BrokenPipeError:
            pass


def decode(data):
    """Bytes as text; bytes that are not UTF-8 are kept as \\xNN escapes."""
    return data.decode("utf-8", "backslashreplace")


def left_files(workdir):
    """The files the program left in workdir, main.py excluded."""
    files = {}
    for root, dirs, names in os.walk(workdir):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(root, name)
            rel = os.path.relpath(path, workdir)
            if rel == "main.py":
                continue
            with open(path, "rb") as f:
                files[rel] = decode(f.read())
    return files


def status_of(returncode):
    """The shell's $? for a subprocess returncode."""
    return returncode if returncode >= 0 else 128 - returncode


def record_once(program):
    """One recording of program in both modes."""
    with open(program, "rb") as f:
        code = f.read()
    schedule = parse_signals(code.decode("utf-8"))
    stdin_path = program[:-3] + ".stdin"
    stdin = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin = f.read()
    result = {
        "python": ORACLE,
        "program_sha256": hashlib.sha256(code).hexdigest(),
        "stdin_sha256": hashlib.sha256(stdin).hexdigest(),
    }
    for mode, runner in (("pipe", run_pipe), ("tty", run_tty)):
        workdir = tempfile.mkdtemp(prefix="exitplay-")
        try:
            with open(os.path.join(workdir, "main.py"), "wb") as f:
                f.write(code)
            run = runner(workdir, stdin, schedule)
            run["files"] = left_files(workdir)
            run["status"] = status_of(run["returncode"])
        finally:
            shutil.rmtree(workdir)
        result[mode] = strip_paths(run, workdir + os.sep)
    return result


def strip_paths(value, prefix):
    """Remove the temp dir prefix and name the stdlib dir in every string."""
    if isinstance(value, str):
        return value.replace(prefix, "").replace(STDLIB, "<stdlib>")
    if isinstance(value, dict):
        return {k: strip_paths(v, prefix) for k, v in value.items()}
    return value


def canonical(result):
    """The JSON text of a recording."""
    return json.dumps(result, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def record(program, check=False):
    """Record program twice, check determinism and write its golden.

    With check, compare with the golden on disk instead of writing it.
    """
    first = canonical(record_once(program))
    second = canonical(record_once(program))
    if ADDRESS.sub("0x?", first) != ADDRESS.sub("0x?", second):
        raise RecordError("two recordings differ:\n" + diff(first, second))
    path = program[:-3] + ".golden.json"
    if check:
        try:
            with open(path, encoding="utf-8") as f:
                old = f.read()
        except FileNotFoundError:
            raise RecordError("no golden")
        if ADDRESS.sub("0x?", old) != ADDRESS.sub("0x?", first):
            raise RecordError("golden differs from CPython now:\n" + diff(old, first, "golden", "CPython"))
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(first)


def diff(a, b, name_a="first", name_b="second"):
    """A short unified diff of two texts."""
    lines = difflib.unified_diff(a.splitlines(), b.splitlines(), name_a,
                                 name_b, lineterm="", n=1)
    return "\n".join(list(lines)[:40])


def all_programs():
    """Every program of the corpus, sorted."""
    programs = []
    for corpus in CORPORA:
        folder = os.path.join(TESTDATA, corpus)
        if os.path.isdir(folder):
            programs += [os.path.join(folder, n) for n in sorted(os.listdir(folder))
                         if n.endswith(".py")]
    return programs


def default_dispositions():
    """Make the programs start with every signal at its default action.

    A shell starts background jobs with SIGINT and SIGQUIT ignored, and an
    ignored signal stays ignored across exec: CPython would then install no
    KeyboardInterrupt handler and the goldens would depend on how the
    recorder was launched.  Signals the recorder handles are reset by exec
    anyway, so only ignored ones need undoing here; SIGPIPE and SIGXFSZ,
    which CPython itself ignores, are restored by subprocess.
    """
    for signum in signal.valid_signals():
        if signum in (signal.SIGKILL, signal.SIGSTOP, signal.SIGPIPE, signal.SIGXFSZ):
            continue
        try:
            if signal.getsignal(signum) == signal.SIG_IGN:
                signal.signal(signum, signal.SIG_DFL)
        except (OSError, ValueError):
            pass


def main():
    # A program that dies by SIGQUIT or SIGABRT must not leave a core file
    # among the files it left.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    default_dispositions()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("programs", nargs="*", help="programs (default: all)")
    parser.add_argument("-j", type=int, default=2, help="parallel recordings")
    parser.add_argument("--check", action="store_true",
                        help="compare with the goldens on disk instead of writing them")
    args = parser.parse_args()
    if sys.version.split()[0] != ORACLE:
        parser.error(f"this is Python {sys.version.split()[0]}; goldens come from CPython {ORACLE}")
    programs = [os.path.abspath(p) for p in args.programs] or all_programs()
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        futures = {pool.submit(record, p, args.check): p for p in programs}
        for future in concurrent.futures.as_completed(futures):
            name = os.path.relpath(futures[future], TESTDATA)
            try:
                future.result()
            except (RecordError, OSError, ValueError, AttributeError) as e:
                failed += 1
                print(f"FAIL {name}: {e}", file=sys.stderr)
    verb = "checked" if args.check else "recorded"
    print(f"{verb} {len(programs) - failed}/{len(programs)} programs",
          file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
