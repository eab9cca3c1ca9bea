# os.write bypasses the buffer: on a pipe it comes out before earlier prints.
import os
print("print 1")
os.write(1, b"os.write 2\n")
print("print 3")
os.write(2, b"os.write to fd 2\n")
