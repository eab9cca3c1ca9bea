# An atexit callback that prints after stdout was closed.
import atexit
import sys
atexit.register(print, "never shown")
print("closing stdout", flush=True)
sys.stdout.close()
