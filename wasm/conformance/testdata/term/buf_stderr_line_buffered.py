# stderr is line-buffered even on a pipe.
import os
import sys
sys.stderr.write("complete line\n")
sys.stderr.write("partial ")
os.write(2, b"[raw] ")
sys.stderr.write("rest\n")
