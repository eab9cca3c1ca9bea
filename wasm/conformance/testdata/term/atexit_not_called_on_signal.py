# Death by SIGTERM skips atexit.
import atexit
import os
import signal
atexit.register(print, "atexit (never)")
print("sending SIGTERM to myself", flush=True)
os.kill(os.getpid(), signal.SIGTERM)
print("never")
