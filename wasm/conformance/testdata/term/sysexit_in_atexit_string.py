# A SystemExit with a message inside an atexit callback.
import atexit
import sys
atexit.register(lambda: sys.exit("message from atexit"))
print("main end")
