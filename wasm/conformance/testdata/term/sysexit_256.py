# 256 wraps around to 0.
import sys
print("exiting with 256")
sys.exit(256)
