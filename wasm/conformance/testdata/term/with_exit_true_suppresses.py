# __exit__ returning True suppresses SystemExit.
import sys
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("__exit__ got", repr(exc))
        return True
with Suppress():
    sys.exit(7)
print("suppressed; the program continues")
