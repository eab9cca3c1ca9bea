# atexit still runs before CPython re-kills itself with SIGINT.
import atexit
import sys
atexit.register(lambda: print("atexit still runs", file=sys.stderr))
raise KeyboardInterrupt
