# KeyboardInterrupt in a callback: reported, status 0.
import atexit
def cb():
    raise KeyboardInterrupt
atexit.register(cb)
print("main end")
