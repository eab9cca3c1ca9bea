# Binary writes wait in the BufferedWriter even on a tty.
import os
import sys
print("text flushed on a tty")
sys.stdout.buffer.write(b"binary waiting\n")
os._exit(0)
