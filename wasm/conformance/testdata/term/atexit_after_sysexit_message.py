# atexit runs after the SystemExit message.
import atexit
import sys
atexit.register(print, "atexit runs", file=sys.stderr)
sys.exit("the exit message")
