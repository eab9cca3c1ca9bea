# A with statement keeps its context manager alive while the body runs
# statements and calls, even when nothing else holds it: a @contextmanager
# generator still sees the exception at its yield, and a manager with
# __del__ is finalized only after __exit__.
import sys
from contextlib import contextmanager


@contextmanager
def guard():
    try:
        yield "guarded"
    except SystemExit as e:
        print("caught", repr(e), "at the yield")


class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name)

    def __del__(self):
        print("del", self.name)


with guard() as g:
    x = len(g)
    print("body", x)
    sys.exit(8)
print("suppressed")

with Managed("outer") as a, Managed("inner") as b:
    y = 1
    print("inside", a, b)
print("after")


def run():
    with Managed("in function"):
        z = 2
        return z


print("returned", run())
