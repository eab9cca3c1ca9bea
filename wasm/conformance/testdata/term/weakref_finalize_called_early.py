# Calling a finalizer runs it once; it does not run again at exit.
import weakref
class Thing:
    pass
t = Thing()
f = weakref.finalize(t, print, "finalizer ran")
print("calling it:", f())
print("alive:", f.alive, "second call:", f())
print("main end")
