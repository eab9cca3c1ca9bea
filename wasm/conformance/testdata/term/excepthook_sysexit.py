# An excepthook calling sys.exit sets the status.
import sys
def hook(t, v, tb):
    sys.exit(7)
sys.excepthook = hook
raise KeyError("k")
