# An excepthook that raises: both tracebacks are printed.
import sys
def hook(t, v, tb):
    print("hook got", t.__name__, v, file=sys.stderr)
    raise RuntimeError("hook failed")
sys.excepthook = hook
raise KeyError("k")
