# sys.exit() does not close sys.stdin.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", repr(e), "stdin closed:", sys.stdin.closed)
print("still readable:", repr(sys.stdin.readline()))
