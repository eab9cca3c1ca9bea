# seed: How os._exit() causes exit handlers to be skipped
import os
import atexit

def cleanup():
    print("Performing cleanup...")

atexit.register(cleanup)
print("Program is running...")
os._exit(0) # Exit handlers won't run!
