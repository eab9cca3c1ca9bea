# A real-time signal's default action kills: status 128+34.
import os
import signal
print("sending SIGRTMIN", flush=True)
os.kill(os.getpid(), signal.SIGRTMIN)
print("never")
