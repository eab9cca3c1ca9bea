# exitplay: signal SIGINT@1.0
# SIGINT from outside during signal.pause(): KeyboardInterrupt traceback, 130.
import signal
print("paused", flush=True)
signal.pause()
