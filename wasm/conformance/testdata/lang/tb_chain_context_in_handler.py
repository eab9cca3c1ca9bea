# An exception inside an except block shows both tracebacks.
def cleanup():
    raise RuntimeError("cleanup failed")
try:
    x = int("not a number")
except ValueError:
    cleanup()
