# title: __exit__ returning True swallows SystemExit
# A context manager whose __exit__ returns a true value suppresses the
# exception leaving the block, and SystemExit is an exception like any
# other: the program carries on after exit() and ends with status 0.
class Forgiving:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("__exit__ got", exc_type.__name__)
        return True


with Forgiving():
    exit(2)
print("still running after exit(2)")
