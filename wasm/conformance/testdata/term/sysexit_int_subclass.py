# sys.exit() with an instance of an int subclass: the exit status is its
# int value and nothing is printed, whatever its repr says.
import atexit
import sys

class ExitCode(int):
    def __new__(cls, value, reason):
        self = super().__new__(cls, value)
        self.reason = reason
        return self

    def __repr__(self):
        return f"ExitCode({int(self)}, {self.reason!r})"

code = ExitCode(3, "config missing")
atexit.register(lambda: print("atexit sees", repr(code)))
print("exiting with", code)
try:
    sys.exit(code)
except SystemExit as e:
    print("caught", repr(e.code), type(e.code).__name__, e.code == 3, e)
    raise
