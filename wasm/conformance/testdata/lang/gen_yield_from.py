# yield from delegates iteration, send and throw.
def inner():
    x = yield "inner 1"
    print("inner got", x)
    yield "inner 2"
def outer():
    yield "outer start"
    yield from inner()
    yield from range(2)
    yield from "ab"
o = outer()
print(next(o), next(o), o.send("hello"))
print(list(o))
def catcher():
    try:
        yield 1
    except KeyError:
        yield "inner caught"
def wrap():
    yield from catcher()
w = wrap()
next(w)
print(w.throw(KeyError()))
