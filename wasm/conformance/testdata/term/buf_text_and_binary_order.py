# Text and binary writes to stdout are buffered in different layers.
import sys
print("text line 1")
sys.stdout.buffer.write(b"binary line\n")
print("text line 2")
