# exitplay: signal SIGTERM@1.0
# SIG_IGN: the process survives SIGTERM.
import signal
import time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
time.sleep(2)
print("survived SIGTERM")
