# Classes, instances, class and instance attributes.
class Dog:
    kind = "canine"
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
d, e = Dog("Fido"), Dog("Buddy")
d.add_trick("roll").add_trick("sit")
print(d.name, d.kind, d.tricks, e.tricks, Dog.kind)
d.kind = "mine"
print(d.kind, e.kind, Dog.__name__, type(d).__name__, d.__class__ is Dog)
print(vars(e))
