# An exception in a callback is reported; the other callbacks still run.
import atexit
def good():
    print("good (registered first, runs last)")
atexit.register(good)
def bad(): raise ValueError("oops")
atexit.register(bad)
print("main end")
