# __class__, __name__, __qualname__, __module__, __dict__, __doc__.
class Outer:
    "Outer doc."
    class Inner:
        pass
    def method(self):
        pass
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__qualname__, Outer.method.__qualname__)
o = Outer()
o.v = 1
print(o.__dict__, o.__class__.__name__, type(Outer).__name__, type(type))
print(repr(Outer), repr(Outer.Inner), repr(int), repr(type(None)))
