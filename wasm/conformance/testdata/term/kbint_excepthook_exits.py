# An excepthook that calls sys.exit(7) for a KeyboardInterrupt.
import sys
def hook(t, v, tb):
    print("hook exits with 7", flush=True)
    sys.exit(7)
sys.excepthook = hook
raise KeyboardInterrupt
