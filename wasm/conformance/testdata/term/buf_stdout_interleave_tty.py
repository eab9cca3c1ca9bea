# On a tty, stdout and stderr interleave in program order.
import sys
print("out 1")
print("err 1", file=sys.stderr)
print("out 2")
sys.stderr.write("err 2\n")
print("out 3")
