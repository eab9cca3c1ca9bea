# An exception whose message uses a failing repr.
class Weird:
    def __repr__(self):
        return "Weird<" + 1 + ">"
d = {}
try:
    d[Weird()]
except TypeError as e:
    print("TypeError:", e)
print(repr(Weird()))
