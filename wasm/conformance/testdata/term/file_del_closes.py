# Dropping the last reference closes (and flushes) a file at once.
import os
f = open("dropped.txt", "w")
f.write("flushed when the file object died\n")
f = None
os._exit(0)
