# os.kill(os.getpid(), SIGKILL): status 137.
import os
import signal
try:
    os.kill(os.getpid(), signal.SIGKILL)
finally:
    print("never")
