# Properties with getter, setter and deleter.
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        print("get")
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("negative radius")
        print("set", v)
        self._r = v
    @radius.deleter
    def radius(self):
        print("delete")
        del self._r
    @property
    def area(self):
        return 3 * self._r ** 2
c = Circle(2)
print(c.radius, c.area)
c.radius = 5
del c.radius
print(hasattr(c, "_r"))
c.area = 10
