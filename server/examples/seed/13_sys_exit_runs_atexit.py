# seed: How os._exit() causes exit handlers to be skipped
import sys
import atexit

def cleanup():
    print("Performing cleanup...")

atexit.register(cleanup)
print("Program is running...")
sys.exit(0) # Allows exit handlers to run
