# A file written but not closed loses its buffered content at os._exit.
import os
f = open("data.txt", "w")
f.write("never reaches the disk")
os._exit(0)
