import sys

def swallow():
    try:
        sys.exit(4)
    finally:
        return "finally won"

print(swallow())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")

g = gen()
print(next(g))
g.close()

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return t is KeyError

with CM():
    raise KeyError("k")
with CM() as c:
    print("body", type(c).__name__)
try:
    with CM():
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)
sys.exit(3)
