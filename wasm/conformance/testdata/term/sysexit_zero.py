# sys.exit(0).
import sys
print("success")
sys.exit(0)
