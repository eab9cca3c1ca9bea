# A @contextmanager generator that catches SystemExit and does not re-raise.
import sys
from contextlib import contextmanager
@contextmanager
def guard():
    try:
        yield
    except SystemExit as e:
        print("caught", repr(e), "at the yield; not re-raising")
with guard():
    sys.exit(8)
print("suppressed")
