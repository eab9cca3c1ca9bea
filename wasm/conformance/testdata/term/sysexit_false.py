# False is the int 0.
import sys
print("exit(False)")
sys.exit(False)
