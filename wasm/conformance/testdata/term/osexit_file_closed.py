# A file closed by with is on disk before os._exit.
import os
with open("closed.txt", "w") as f:
    f.write("closed properly\n")
os._exit(0)
