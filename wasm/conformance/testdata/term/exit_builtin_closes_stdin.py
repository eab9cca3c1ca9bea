# exit() closes sys.stdin before raising SystemExit.
import sys
try:
    exit(3)
except SystemExit as e:
    print("caught", repr(e), "stdin closed:", sys.stdin.closed)
try:
    sys.stdin.read()
except ValueError as e:
    print("ValueError:", e)
