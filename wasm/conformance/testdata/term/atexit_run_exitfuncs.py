# atexit._run_exitfuncs runs and clears the callbacks early.
import atexit
atexit.register(print, "callback A")
atexit.register(print, "callback B")
print("count", atexit._ncallbacks())
atexit._run_exitfuncs()
print("after _run_exitfuncs, count", atexit._ncallbacks())
