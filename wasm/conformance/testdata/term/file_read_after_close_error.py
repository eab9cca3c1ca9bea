# Reading a closed file, and opening a directory.
import os
f = open("r.txt", "w")
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
os.mkdir("adir")
open("adir")
