# Suspended generators are closed at shutdown: locals first, globals later.
import atexit
import sys
def worker(name):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(f"{name}: GeneratorExit at yield")
        raise
    finally:
        print(f"{name}: finally")
g = worker("global gen")
next(g)
atexit.register(print, "atexit")
def run():
    local = worker("local gen")
    next(local)
    sys.exit(0)
run()
