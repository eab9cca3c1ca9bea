# A handler can replace the exit with another.
import sys
try:
    sys.exit(1)
except SystemExit:
    sys.exit(42)
