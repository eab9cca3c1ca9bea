# One write larger than the text buffer goes out at once; what follows is lost
# on a pipe.
import os
import sys
sys.stdout.write("a" * 10000 + "\n")
sys.stdout.write("tail that stays buffered\n")
os._exit(0)
