# An exception from __exit__ replaces the body's exception.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")
with CM():
    raise ValueError("body failed")
