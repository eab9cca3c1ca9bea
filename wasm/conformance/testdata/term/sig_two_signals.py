# exitplay: signal SIGUSR1@0.8
# exitplay: signal SIGTERM@1.6
# A handled signal, then a fatal one.
import signal
import time
signal.signal(signal.SIGUSR1, lambda s, f: print("USR1 handled", flush=True))
print("waiting", flush=True)
time.sleep(10)
