# sys.stdout.write returns the number of characters written.
import sys
n = sys.stdout.write("héllo\n")
m = sys.stderr.write("x\n")
print(n, m)
