# Every class derives from object.
class A:
    pass
print(A.__bases__, object.__bases__, isinstance(A(), object))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(A() == A(), A() != A())
a = A()
print(a == a, hash(a) == hash(a), bool(a))
