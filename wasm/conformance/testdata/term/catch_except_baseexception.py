# except BaseException catches SystemExit.
import sys
try:
    sys.exit(4)
except BaseException as e:
    print("caught", type(e).__name__, e.code)
