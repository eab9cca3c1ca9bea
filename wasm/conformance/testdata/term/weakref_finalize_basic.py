# weakref.finalize runs when the object dies, or at exit.
import weakref
class Thing:
    pass
a = Thing()
b = Thing()
fa = weakref.finalize(a, print, "finalize a")
fb = weakref.finalize(b, print, "finalize b at exit")
print("alive:", fa.alive, fb.alive)
del a
print("after del a, alive:", fa.alive)
print("main end")
