# A deleted local is unbound afterwards.
def f():
    v = 1
    del v
    return v
f()
