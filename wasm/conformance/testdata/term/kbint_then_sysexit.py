# A KeyboardInterrupt handler that exits with a code.
import sys
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("Interrupted")
    sys.exit(130)
