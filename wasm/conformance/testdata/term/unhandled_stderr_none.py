# An unhandled exception while sys.stderr is None: nothing is printed.
import sys
sys.stderr = None
raise ValueError("invisible")
