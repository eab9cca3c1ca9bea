# title: kill -9 cannot be caught
# exitplay: signal SIGKILL@1
# SIGKILL cannot be handled or ignored: even with a handler installed for
# every catchable signal the process just disappears. A shell shows 137.
import atexit
import signal
import time

signal.signal(signal.SIGTERM, lambda signum, frame: print("caught SIGTERM"))
atexit.register(print, "atexit (never runs)")
print("working", flush=True)
try:
    time.sleep(5)
finally:
    print("finally (never runs)")
