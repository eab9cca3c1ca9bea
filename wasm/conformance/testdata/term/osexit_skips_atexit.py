# os._exit skips atexit callbacks.
import atexit
import os
def cleanup():
    print("Performing cleanup...")
atexit.register(cleanup)
print("Program is running...")
os._exit(0)
