# Death by signal loses what is buffered in open files.
import os
import signal
f = open("buffered.txt", "w")
f.write("still in the buffer")
os.kill(os.getpid(), signal.SIGTERM)
