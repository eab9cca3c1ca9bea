# A suspended generator is closed when its last reference goes away.
def g(name):
    try:
        yield 1
    finally:
        print("closing", name)
a = g("a")
next(a)
b = g("b")
next(b)
a = None
print("a dropped")
del b
print("b deleted")
