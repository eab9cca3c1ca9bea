# An ExitStack exit callback returning True suppresses SystemExit.
import sys
from contextlib import ExitStack
def absorb(exc_type, exc, tb):
    print("pushed exit sees", exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.callback(print, "registered first, runs last, sees no exception")
    stack.push(absorb)
    sys.exit(5)
print("suppressed by ExitStack; status 0")
