# Catch SystemExit, log, and re-raise with the same code.
import sys
try:
    sys.exit(11)
except SystemExit as e:
    print("cleanup before exit", e.code)
    raise
