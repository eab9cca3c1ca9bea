# except Exception does not catch SystemExit.
import sys
try:
    sys.exit(3)
except Exception:
    print("never printed")
print("never printed either")
