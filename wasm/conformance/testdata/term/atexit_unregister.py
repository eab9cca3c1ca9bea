# atexit.unregister removes every registration of a function.
import atexit
def never():
    print("never")
def kept():
    print("kept")
atexit.register(never)
atexit.register(kept)
atexit.register(never, "again")
atexit.unregister(never)
atexit.unregister(print)
print("main end")
