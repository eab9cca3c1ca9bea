# seed: Handling SystemExit exceptions
import sys

try:
    print("Program is running...")
    # Do other operations that might raise exceptions
except Exception:
    print("Handle other exceptions here...")
sys.exit(1) # Exit will work as expected
