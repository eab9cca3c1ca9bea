# sys.exit in finally replaces a pending exception.
import sys
try:
    raise RuntimeError("pending")
finally:
    print("finally exits instead")
    sys.exit(2)
