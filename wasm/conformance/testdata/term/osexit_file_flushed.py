# Flushing a file before os._exit saves its content.
import os
f = open("saved.txt", "w")
f.write("flushed before _exit\n")
f.flush()
f.write("written after the flush: lost\n")
os._exit(0)
