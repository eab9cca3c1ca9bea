# namedtuple classes derive from tuple: they index, unpack, hash and
# compare as their tuple, and their helpers make new instances.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)), Point._fields)
x, y = p
print(x, y, "%d-%d" % p, p + (3,), p * 2, max(p), list(reversed(p)), p.count(1), p.index(2), sorted([Point(2, 1), Point(1, 5)]))
print(p._asdict(), p._replace(x=9), Point._make([5, 6]), tuple(p), {Point(0, 0): "origin"}[(0, 0)])

Config = namedtuple("Config", ["host", "port", "debug"], defaults=[8080, False])
print(Config("localhost"), Config("h", debug=True), Config._field_defaults)

class Vector(namedtuple("Vector", "dx dy")):
    def __abs__(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5
    def __add__(self, other):
        return Vector(self.dx + other.dx, self.dy + other.dy)

v = Vector(3, 4)
print(v, abs(v), v + Vector(1, 1), isinstance(v, tuple), [c.__name__ for c in Vector.__mro__])
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: p._replace(z=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
p.z
