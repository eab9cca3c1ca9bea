# A falsy __exit__ lets SystemExit propagate after cleanup.
import sys
class Cleanup:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("cleanup sees", exc_type.__name__, exc.code)
with Cleanup():
    sys.exit(12)
