# exitplay: signal SIGTERM@1.0
# A SIGTERM handler raising SystemExit unwinds through with.
import signal
import sys
import time
class Resource:
    def __enter__(self):
        print("acquired", flush=True)
        return self
    def __exit__(self, *exc):
        print("released; exception:", exc[0].__name__)
signal.signal(signal.SIGTERM, lambda s, f: sys.exit(128 + s))
with Resource():
    time.sleep(10)
