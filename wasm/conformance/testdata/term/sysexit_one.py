# sys.exit(1).
import sys
print("failure")
sys.exit(1)
