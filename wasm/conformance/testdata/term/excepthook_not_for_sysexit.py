# The excepthook is not called for SystemExit.
import sys
sys.excepthook = lambda *a: print("never")
sys.exit(3)
