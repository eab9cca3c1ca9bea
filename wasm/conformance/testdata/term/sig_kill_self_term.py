# os.kill(os.getpid(), SIGTERM): death by signal, status 143.
import os
import signal
print("about to die", flush=True)
os.kill(os.getpid(), signal.SIGTERM)
print("never")
