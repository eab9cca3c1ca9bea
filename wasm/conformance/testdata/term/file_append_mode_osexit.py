# Appending: flushed text survives os._exit, the rest is lost.
import os
with open("log.txt", "w") as f:
    f.write("start\n")
log = open("log.txt", "a")
log.write("appended and flushed\n")
log.flush()
log.write("appended, lost\n")
os._exit(0)
