# Three generators in the locals of a frame that sys.exit left are closed
# when the SystemExit is handled, in order, before atexit.
import sys, atexit
def worker(name):
    try:
        yield 1
    finally:
        print(f"{name}: finally")
def run():
    one = worker("one"); next(one)
    two = worker("two"); next(two)
    three = worker("three"); next(three)
    sys.exit(0)
atexit.register(print, "atexit")
run()
