# Instances of str, int and float subclasses where the process layer takes
# a str, an int or seconds: a file written and read back, buffered writes,
# a sleep, and os._exit() with an int subclass, which loses what stdout
# still buffers (all of it in pipe mode, nothing on a terminal).
import os
import sys
import time

class Text(str):
    pass

class Status(int):
    def __repr__(self):
        return f"Status({int(self)})"

class Seconds(float):
    pass

with open(Text("note.txt"), Text("w")) as f:
    f.write(Text("kept on disk\n"))
print(open("note.txt").read().strip(), os.path.exists(Text("note.txt")), os.path.join(Text("a"), Text("b")))
time.sleep(Seconds(0.25))
sys.stdout.write(Text("buffered line\n"))
sys.stderr.write(Text("stderr is unbuffered\n"))
os._exit(Status(4))
