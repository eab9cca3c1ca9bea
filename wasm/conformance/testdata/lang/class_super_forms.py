# super() with and without arguments, in __init__ and other methods.
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    @classmethod
    def make(cls):
        return cls(0)
class Child(Base):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y
    @classmethod
    def make(cls):
        print("Child.make")
        return super().make()
class Old(Base):
    def __init__(self):
        super(Old, self).__init__("old")
c = Child(1, 2)
print(c.x, c.y)
print(type(Child.make()).__name__)
Old()
