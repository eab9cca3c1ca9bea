# SystemExit in a callback is reported like any exception; the status stays 3.
import atexit
import sys
atexit.register(print, "runs after the SystemExit callback")
def quitter(): sys.exit(42)
atexit.register(quitter)
sys.exit(3)
