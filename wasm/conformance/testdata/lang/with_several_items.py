# Several context managers in one with statement exit in reverse order.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name)
with CM("first") as a, CM("second") as b, CM("third"):
    print("body", a.name, b.name)
with (CM("p1") as p,
      CM("p2")):
    print("parenthesized", p.name)
