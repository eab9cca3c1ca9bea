# An exception in a callback does not change the exit status.
import atexit
import sys
def bad():
    raise RuntimeError("callback failed")
atexit.register(bad)
sys.exit(4)
