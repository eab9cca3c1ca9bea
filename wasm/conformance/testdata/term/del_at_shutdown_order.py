# Module globals are finalized at shutdown in insertion order, after atexit.
import atexit
class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"__del__ {self.name}")
atexit.register(print, "atexit")
g = Obj("global g")
h = Obj("global h")
def f():
    loc = Obj("local in f")
f()
print("main end")
