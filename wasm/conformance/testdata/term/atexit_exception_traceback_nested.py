# A traceback through a nested call inside an atexit callback.
import atexit
def helper(x):
    return x["missing"]
def cb():
    helper({})
atexit.register(cb)
print("main end")
