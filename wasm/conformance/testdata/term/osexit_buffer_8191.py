# 8191 characters stay in the text buffer and are lost at os._exit on a pipe.
import os
import sys
sys.stdout.write("x" * 8191)
os._exit(0)
