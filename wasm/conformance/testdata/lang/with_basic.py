# __enter__ and __exit__ around a block.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with CM("a") as value:
    print("body got", value)
try:
    with CM("b"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
