# print() does nothing when sys.stdout is None.
import sys
sys.stdout = None
print("swallowed")
sys.stderr.write("stderr still works\n")
