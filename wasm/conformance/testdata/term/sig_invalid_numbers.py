# Signal numbers out of range.
import os
import signal
for call in [lambda: signal.signal(0, signal.SIG_IGN), lambda: signal.signal(65, signal.SIG_IGN),
             lambda: signal.getsignal(0), lambda: signal.strsignal(65), lambda: signal.signal(-1, signal.SIG_DFL)]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
for call in [lambda: signal.raise_signal(99), lambda: os.kill(os.getpid(), 99)]:
    try:
        call()
    except OSError as e:
        print("OSError:", e)
try:
    signal.signal(signal.SIGUSR1, 42)
except TypeError as e:
    print("TypeError:", e)
