# atexit.register passes positional and keyword arguments.
import atexit
def cb(*args, **kw):
    print("cb", args, kw)
atexit.register(cb, 1)
atexit.register(cb, 2, key="v")
print("main end")
