# type, id and hash.
a = [1]
b = a
print(type(a), type(1), type("s"), type(None), type(type), type(len))
print(id(a) == id(b), id(a) == id([1]), a is b)
print(hash(1), hash(True), hash(0) == hash(0.0), hash((1, 2)) == hash((1, 2)), hash(-1), hash(-2))
try:
    hash([1])
except TypeError as e:
    print(e)
print(type("x")("made"), type(3)("4"))
T = type("T", (), {"x": 1})
print(T.__name__, T().x)
