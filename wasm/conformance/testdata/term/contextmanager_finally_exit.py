# A @contextmanager finally runs; SystemExit continues.
import sys
from contextlib import contextmanager
@contextmanager
def managed():
    print("setup")
    try:
        yield
    finally:
        print("teardown runs; SystemExit continues")
with managed():
    sys.exit(9)
