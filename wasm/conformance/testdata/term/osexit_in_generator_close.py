# os._exit in a generator's finally while it is closed at shutdown.
import os
def g():
    try:
        yield 1
    finally:
        print("generator finally calls os._exit(5)", flush=True)
        os._exit(5)
it = g()
next(it)
print("main end")
