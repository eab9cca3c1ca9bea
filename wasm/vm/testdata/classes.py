class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __eq__(self, other):
        return isinstance(other, Base) and self.name == other.name
    def __lt__(self, other):
        return self.name < other.name
    @property
    def upper(self):
        return self.name.upper()
    @classmethod
    def make(cls, n):
        return cls(n)
    @staticmethod
    def helper(x):
        return x * 2

class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra

items = [Child.make("b") if False else Child("b", 1), Base("a"), Base.make("c")]
print(sorted(items), Base.count, items[0].upper, Base.helper(21))
print(Child("x", 2) == Base("x"), Child.__mro__)
d = {"k": [1, 2], "j": (3,)}
print(d, list(d.items()), f"{3.14159:.2f}|{42:>5}|{'s':^5}|{255:#x}", "%s-%d-%.1f" % ("a", 2, 3.0))
print(Base("q").missing)
