# sys.stdout.flush() before os._exit saves the output.
import os
import sys
print("one")
print("two")
sys.stdout.flush()
print("three, lost on a pipe")
os._exit(2)
