# sys.exit() and sys.exit(None): status 0.
import sys
print("bye")
sys.exit(None)
