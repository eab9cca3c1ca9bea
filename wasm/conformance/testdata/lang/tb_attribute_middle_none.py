# The caret covers the chain up to the failing attribute.
class N:
    pass
a = N()
a.b = N()
a.b.c = None
print(a.b.c.d.e)
