# A carriage return flushes a line-buffered stream.
import os
import sys
sys.stderr.write("A-cr\r")
sys.stderr.write("B-noeol")
os._exit(0)
