# 8192 characters fill the text buffer and are written.
import os
import sys
sys.stdout.write("y" * 8192)
os._exit(0)
