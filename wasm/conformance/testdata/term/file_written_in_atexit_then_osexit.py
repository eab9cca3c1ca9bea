# os._exit in a later atexit callback: an earlier callback's closed file is on
# disk, an unclosed one is not.
import atexit
import os
def hard():
    os._exit(4)
def save():
    with open("closed.txt", "w") as f:
        f.write("closed in atexit\n")
    g = open("open.txt", "w")
    g.write("left open in atexit\n")
    atexit_files.append(g)
atexit_files = []
atexit.register(hard)
atexit.register(save)
