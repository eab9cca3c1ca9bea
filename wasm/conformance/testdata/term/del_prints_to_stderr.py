# __del__ output to stderr at shutdown.
import sys
class Loud:
    def __del__(self):
        sys.stderr.write("Loud.__del__ writes to stderr\n")
x = Loud()
print("main end")
