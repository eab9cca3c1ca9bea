# exitplay: signal SIGINT@1.0
# A SIGINT handler that raises SystemExit(2): a plain exit with status 2.
import signal
import sys
import time
def on_int(signum, frame):
    print("Ctrl-C: exiting with 2")
    raise SystemExit(2)
signal.signal(signal.SIGINT, on_int)
time.sleep(10)
