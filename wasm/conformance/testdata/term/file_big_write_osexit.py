# A write bigger than the buffers reaches the file even at os._exit.
import os
f = open("big.txt", "w")
f.write("x" * 10000)
f.write("small tail, lost")
os._exit(0)
