# seed: atexit
import atexit

def cleanup():
    print("Performing cleanup tasks...")

atexit.register(cleanup)
print("Program is running...")
exit() # Will trigger registered exit handlers
