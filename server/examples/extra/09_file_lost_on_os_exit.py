# title: A file never closed is empty after os._exit
# Text written to a file sits in the file object's buffer until it is
# flushed or closed. os._exit skips both, so report.txt is left empty.
# Replace os._exit(0) with sys.exit(0) and the text reaches the disk.
import os

f = open("report.txt", "w")
f.write("important results\n")
print("written (but only to the buffer)", flush=True)
os._exit(0)
