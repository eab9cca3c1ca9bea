# After an uncaught KeyboardInterrupt, a SystemExit in atexit changes nothing.
import atexit
import sys
atexit.register(sys.exit, 5)
raise KeyboardInterrupt
