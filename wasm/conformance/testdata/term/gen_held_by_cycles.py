# Generators held only by reference cycles wait for the garbage collection
# that follows atexit; then they are closed oldest first.
import atexit
def worker(name):
    try:
        yield 1
    finally:
        print(f"{name}: finally")
class Box:
    pass
def make(name):
    b = Box()
    b.self = b
    b.gen = worker(name)
    next(b.gen)
for n in ("cyc1", "cyc2", "cyc3"):
    make(n)
atexit.register(print, "atexit")
print("main end")
