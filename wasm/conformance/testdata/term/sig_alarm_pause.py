# pause() with an alarm and a handler.
import signal
signal.signal(signal.SIGALRM, lambda s, f: print("alarm handler"))
signal.alarm(1)
print(signal.pause())
print("after pause")
