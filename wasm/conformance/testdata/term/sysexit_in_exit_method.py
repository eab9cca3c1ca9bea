# sys.exit in __exit__ replaces the body's exception.
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("__exit__ sees", exc_type.__name__, "and exits with 6")
        sys.exit(6)
with CM():
    raise ValueError("replaced")
