# SystemExit raised in an except block chains nothing visible.
import sys
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError:
    print("handled; exiting with 11")
    sys.exit(11)
