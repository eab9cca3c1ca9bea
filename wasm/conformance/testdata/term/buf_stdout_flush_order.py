# Explicit flushes decide the order on one terminal and when text leaves.
import sys
print("A", end="")
sys.stdout.flush()
print("B", file=sys.stderr)
print("C")
sys.stdout.write("D")
sys.stderr.write("E\n")
