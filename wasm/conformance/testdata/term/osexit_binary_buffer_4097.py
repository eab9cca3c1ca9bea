# One byte more than the binary buffer holds is written at once.
import os
import sys
sys.stdout.buffer.write(b"y" * 4097)
os._exit(0)
