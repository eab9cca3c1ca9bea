# An alarm without a handler kills the process: status 142.
import signal
import time
signal.alarm(1)
print("waiting for the alarm", flush=True)
time.sleep(10)
print("never")
