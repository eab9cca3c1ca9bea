# The SystemExit message comes before atexit output, after flushed stdout.
import atexit
import sys
atexit.register(lambda: print("atexit: stdout"))
atexit.register(lambda: print("atexit: stderr", file=sys.stderr))
print("main: stdout")
sys.exit("bye message")
