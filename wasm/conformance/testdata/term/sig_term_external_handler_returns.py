# exitplay: signal SIGTERM@1.0
# A handler that returns lets time.sleep resume for the remaining time.
import signal
import time
def quiet(signum, frame):
    print("quiet handler for", signal.Signals(signum).name)
signal.signal(signal.SIGTERM, quiet)
start = time.monotonic()
time.sleep(2)
print("sleep resumed and returned; full time elapsed:", time.monotonic() - start >= 1.9)
