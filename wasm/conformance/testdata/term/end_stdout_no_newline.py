# Output without a final newline is still flushed at exit.
import sys
print("partial line", end="")
sys.stderr.write("stderr without newline")
