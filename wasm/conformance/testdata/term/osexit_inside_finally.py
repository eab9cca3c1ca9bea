# os._exit inside a finally block during SystemExit.
import os
import sys
try:
    sys.exit(3)
finally:
    print("finally starts", flush=True)
    os._exit(7)
