# exitplay: signal SIGTERM@1.0
# A handler that chains to the previous (default) disposition.
import os
import signal
import time
def on_term(signum, frame):
    print("logging SIGTERM, then chaining", flush=True)
    signal.signal(signum, previous)
    os.kill(os.getpid(), signum)
previous = signal.signal(signal.SIGTERM, on_term)
print("previous handler:", previous, flush=True)
time.sleep(10)
