# Printing after closing stdout raises ValueError.
import sys
print("before close")
sys.stdout.close()
print("after close")
