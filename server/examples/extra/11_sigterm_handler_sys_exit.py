# title: A SIGTERM handler that calls sys.exit cleans up
# exitplay: signal SIGTERM@1
# The handler turns the signal into SystemExit, raised where the program
# was (inside time.sleep). It unwinds like any exception: finally blocks
# run, then atexit, and the status is the one passed to sys.exit.
import atexit
import signal
import sys
import time


def on_term(signum, frame):
    print(f"handler: got signal {signum}")
    sys.exit(3)


signal.signal(signal.SIGTERM, on_term)
atexit.register(print, "atexit: saved state")
print("working", flush=True)
try:
    time.sleep(5)
finally:
    print("finally: closing resources")
