# object.__new__(cls) makes only plain objects: for a class whose layout is
# a built-in type it names the __new__ to use instead, as CPython does.
class Plain:
    pass

class OwnNew:
    def __new__(cls, *args):
        return object.__new__(cls)

class Num(int):
    pass

class NumNew(int):
    def __new__(cls):
        return object.__new__(cls)

class Meta(type):
    pass

class Err(ValueError):
    pass

print(type(object.__new__(Plain)).__name__, type(OwnNew(1, 2)).__name__, type(object.__new__(object)).__name__)
for cls in [int, Num, float, str, list, dict, tuple, type, Meta, range, ValueError, Err, BaseException]:
    try:
        object.__new__(cls)
    except TypeError as e:
        print(e)
try:
    NumNew()
except TypeError as e:
    print(e)
for arg in [3, "int"]:
    try:
        object.__new__(arg)
    except TypeError as e:
        print(e)

# The built-in types' own __new__ check the class the same way.
class Point(tuple):
    def __new__(cls, *values):
        return tuple.__new__(cls, values)

print(Point(1, 2), type(Point(1, 2)).__name__, type(int.__new__(Num, 7)).__name__, int.__new__(Num, 7))
for owner, cls in [(int, bool), (Num, Num), (int, Meta), (ValueError, Err), (OSError, FileNotFoundError),
                   (BaseException, OSError), (tuple, Num), (int, str), (list, 5)]:
    try:
        print(type(owner.__new__(cls)).__name__)
    except TypeError as e:
        print(e)
