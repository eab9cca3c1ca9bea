# exitplay: signal SIGUSR1@1.0
# A handler's exception escapes through finally and atexit still runs.
import atexit
import signal
import time
atexit.register(print, "atexit after the traceback")
def boom(signum, frame):
    raise RuntimeError("handler failed")
signal.signal(signal.SIGUSR1, boom)
try:
    time.sleep(10)
finally:
    print("finally")
