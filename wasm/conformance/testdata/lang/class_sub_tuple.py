# tuple subclasses with __new__: fields as properties, equal and hashing as
# the tuple, unpacking, % formatting with the instance as the arguments.
class Pair(tuple):
    def __new__(cls, left, right):
        return super().__new__(cls, (left, right))

    @property
    def left(self):
        return self[0]

    @property
    def right(self):
        return self[1]

    def swapped(self):
        return Pair(self.right, self.left)

p = Pair(1, "b")
print(p, repr(p), p.left, p.right, p.swapped(), len(p), type(p).__name__, isinstance(p, tuple))
a, b = p
print(a, b, *p, p == (1, "b"), (1, "b") == p, hash(p) == hash((1, "b")), {p: "v"}[(1, "b")])
print(p + (3,), type(p + (3,)).__name__, p * 2, p[::-1], tuple(p), list(p), "b" in p, p.index("b"), p.count(1))
print("%s and %s" % p, "{} {}".format(*p), sorted([Pair(2, 0), Pair(1, 9)]), Pair(1, 2) < Pair(1, 3))

class Version(tuple):
    def __repr__(self):
        return "v" + ".".join(map(str, self))

v = Version((3, 11, 7))
print(v, [v], v >= (3, 11), v[0], str(v), max(Version((1, 0)), Version((1, 2))))
print(Pair(1))
