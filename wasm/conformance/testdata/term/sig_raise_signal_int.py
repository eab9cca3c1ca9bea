# raise_signal(SIGINT): KeyboardInterrupt traceback and status 130.
import signal
print("raising SIGINT")
signal.raise_signal(signal.SIGINT)
