# repr, ascii, format and str on various objects.
print(repr("a'b"), repr('a"b'), repr("a'\"b"), ascii("ñ"), repr(1.0), repr([1, "x"]))
print(format(3.14159, ".3f"), format(42, "b"), format("s", ">4"), format(1234, ","), format(7))
print(repr(None), repr(...), repr(print), repr(len))
class X:
    def __format__(self, spec):
        return "X with spec " + repr(spec)
print(format(X(), "abc"), f"{X():zz}")
