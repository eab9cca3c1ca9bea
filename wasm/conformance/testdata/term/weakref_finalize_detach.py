# A detached finalizer never runs; atexit=False skips it at exit.
import weakref
class Thing:
    pass
x, y = Thing(), Thing()
fx = weakref.finalize(x, print, "never: detached")
fx.detach()
fy = weakref.finalize(y, print, "never: atexit is False")
fy.atexit = False
print("main end")
