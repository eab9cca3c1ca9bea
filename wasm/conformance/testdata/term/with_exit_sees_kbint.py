# __exit__ sees KeyboardInterrupt and lets it propagate.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("__exit__ saw", exc_type.__name__)
        return False
with CM():
    raise KeyboardInterrupt
