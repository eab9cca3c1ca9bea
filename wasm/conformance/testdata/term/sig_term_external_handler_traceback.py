# exitplay: signal SIGTERM@1.0
# An exception escaping a handler shows the handler frame on top of the sleep.
import signal
import time
def handler(signum, frame):
    raise RuntimeError(f"got signal {signum}")
signal.signal(signal.SIGTERM, handler)
time.sleep(10)
