# An IntEnum is an int: sys.exit(signal.SIGTERM) exits with 15.
import signal
import sys
print("exiting with", repr(signal.SIGTERM))
sys.exit(signal.SIGTERM)
