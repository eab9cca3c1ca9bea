# os.write goes straight to the file descriptor.
import os
print("buffered print")
os.write(1, b"raw os.write\n")
os._exit(0)
