# An exception in finally replaces SystemExit: traceback, status 1.
import sys
try:
    sys.exit(6)
finally:
    raise ValueError("raised in finally after sys.exit(6)")
