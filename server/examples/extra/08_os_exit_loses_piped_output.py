# title: os._exit loses output still in the buffer
# stdout: pipe
# When stdout is a pipe (python3 script.py | cat), print() fills an 8 KB
# buffer instead of writing at once. os._exit ends the process without
# flushing it: both lines are lost. Switch to terminal mode and they appear,
# because a terminal's stdout is flushed at every newline.
import os

print("written to the buffer")
print("so is this line")
os._exit(0)
