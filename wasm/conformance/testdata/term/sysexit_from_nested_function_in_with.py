# sys.exit deep inside nested with blocks: every __exit__ runs in order.
import sys
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__)
def work():
    with CM("inner"):
        sys.exit(17)
with CM("outer"):
    work()
