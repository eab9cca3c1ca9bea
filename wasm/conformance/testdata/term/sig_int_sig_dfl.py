# exitplay: signal SIGINT@1.0
# With SIGINT reset to SIG_DFL the process dies silently.
import signal
import time
signal.signal(signal.SIGINT, signal.SIG_DFL)
print("default SIGINT disposition", flush=True)
time.sleep(10)
