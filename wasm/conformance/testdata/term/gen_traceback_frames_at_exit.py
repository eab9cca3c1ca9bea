# Generators in the frames an uncaught exception passed through stay alive
# in sys.last_traceback until teardown: innermost frame first, then globals.
import atexit
def worker(name):
    try:
        yield 1
    finally:
        print(f"{name}: finally")
def inner():
    two = worker("inner two"); next(two)
    three = worker("inner three"); next(three)
    raise ValueError("boom")
def outer():
    one = worker("outer one"); next(one)
    inner()
atexit.register(print, "atexit")
top = worker("global"); next(top)
outer()
