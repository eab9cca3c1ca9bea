# title: An uncaught exception still runs atexit
# An uncaught exception prints its traceback and ends with status 1, but the
# interpreter shuts down normally: atexit callbacks run after the traceback.
import atexit

atexit.register(print, "atexit runs after the traceback")


def load(path):
    raise FileNotFoundError(f"no such file: {path}")


print("loading")
load("data.csv")
