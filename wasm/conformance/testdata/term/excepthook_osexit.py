# os._exit inside the excepthook ends the process with that status.
import os
import sys
def hook(t, v, tb):
    print("hook: hard exit 12")
    os._exit(12)
sys.excepthook = hook
print("buffered main output")
raise ValueError("x")
