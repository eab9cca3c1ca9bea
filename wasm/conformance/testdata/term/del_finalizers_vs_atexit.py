# weakref.finalize, atexit, cycles and globals at shutdown.
import atexit, weakref, sys
class Obj:
    def __init__(self, name): self.name = name
    def __del__(self): print(f"__del__ {self.name}")
def cb(name): print(f"weakref.finalize {name}")
atexit.register(print, "atexit A (registered before any finalize)")
g = Obj("global g")
weakref.finalize(g, cb, "of g")
atexit.register(print, "atexit B (registered after first finalize)")
h = Obj("global h")
weakref.finalize(h, cb, "of h")
class Cyc:
    def __del__(self): print("__del__ cycle member")
c = Cyc(); c.self = c; del c
def f():
    loc = Obj("local in f")
f()
print("main end")
