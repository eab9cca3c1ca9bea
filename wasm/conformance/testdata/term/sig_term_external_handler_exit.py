# exitplay: signal SIGTERM@1.0
# A SIGTERM handler that calls sys.exit(0): finally and atexit run.
import atexit
import signal
import sys
import time
atexit.register(print, "atexit ran")
def handle_exit(signum, frame):
    print("Received signal", signum)
    sys.exit(0)
signal.signal(signal.SIGTERM, handle_exit)
try:
    time.sleep(10)
finally:
    print("finally ran")
