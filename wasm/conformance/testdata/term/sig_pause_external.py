# exitplay: signal SIGUSR1@1.0
# signal.pause() returns after a handled signal.
import signal
def handler(signum, frame):
    print("handler ran for", signal.strsignal(signum))
signal.signal(signal.SIGUSR1, handler)
print("pausing", flush=True)
print("pause returned", signal.pause())
