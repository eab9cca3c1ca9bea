# Defining __eq__ in a subclass sets __hash__ to None.
class Base:
    pass
class WithEq(Base):
    def __eq__(self, other):
        return True
print(Base.__hash__ is object.__hash__, WithEq.__hash__)
s = {Base()}
s.add(WithEq())
