# If __enter__ raises, __exit__ is not called.
class Bad:
    def __enter__(self):
        raise RuntimeError("cannot enter")
    def __exit__(self, *exc):
        print("never")
with Bad():
    print("never either")
