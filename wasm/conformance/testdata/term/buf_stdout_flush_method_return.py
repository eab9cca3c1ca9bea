# flush() returns None; writing an int is a TypeError.
import sys
print(sys.stdout.flush())
sys.stdout.write(42)
