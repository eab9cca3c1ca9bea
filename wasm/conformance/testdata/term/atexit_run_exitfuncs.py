# atexit._run_exitfuncs runs and clears the callbacks early.
import atexit
atexit._clear()  # start from none: site-packages .pth files may register hooks
atexit.register(print, "callback A")
atexit.register(print, "callback B")
print("count", atexit._ncallbacks())
atexit._run_exitfuncs()
print("after _run_exitfuncs, count", atexit._ncallbacks())
