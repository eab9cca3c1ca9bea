# Mixins with built-in bases: a method of a class before the built-in type
# in the MRO overrides the built-in one, a method after it does not.
class ReprMixin:
    def __repr__(self):
        return f"<{type(self).__name__} with {len(self)} items>"

    def describe(self):
        return "described " + repr(self)

class Before(ReprMixin, dict):
    pass

class After(dict, ReprMixin):
    pass

b, a = Before(x=1), After(x=1)
print(b, a, b.describe(), a.describe(), [c.__name__ for c in After.__mro__])

class Base(list):
    def total(self):
        return sum(self)

class Derived(Base):
    def append(self, item):
        super().append(item * 10)

d = Derived([1])
d.append(2)
print(d, d.total(), type(d).__name__, isinstance(d, Base), isinstance(d, list), Derived.__base__.__name__)

class Point3(tuple):
    def __new__(cls, *coords):
        return super().__new__(cls, coords)

class Labelled(Point3):
    def __init__(self, *coords, label="p"):
        self.label = label
    def __new__(cls, *coords, label="p"):
        return super().__new__(cls, *coords)

pt = Labelled(1, 2, 3, label="q")
print(pt, pt.label, len(pt), pt[2], type(pt).__mro__)
class VecOps:
    def __sub__(self, other):
        return type(self)(a - b for a, b in zip(self, other))

    def __add__(self, other):
        return "VecOps.__add__ is never reached: tuple has +"

class V(tuple, VecOps):
    pass

print(V((5, 7)) - V((1, 2)), V((1,)) + (2,), type(V((1,)) + (2,)).__name__)
class Clash(int, str):
    pass
