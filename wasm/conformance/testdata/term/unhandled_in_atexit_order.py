# The traceback comes before atexit callbacks run.
import atexit
import sys
atexit.register(lambda: print("atexit ran", file=sys.stderr))
def f():
    raise ValueError("boom")
print("before")
f()
