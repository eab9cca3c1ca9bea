# A signal handler registers an atexit callback.
import atexit
import os
import signal
def on_usr1(signum, frame):
    print("handler registers an atexit callback")
    atexit.register(print, "callback registered by the handler")
signal.signal(signal.SIGUSR1, on_usr1)
os.kill(os.getpid(), signal.SIGUSR1)
print("main end")
