# Annotated assignments.
x: int = 5
y: list[int]
name: str = "a"
print(x, name, __annotations__)
def f(a: int, b: "str" = "x") -> bool:
    z: int = 3
    return True
print(f.__annotations__, f(1))
class K:
    field: int = 0
    other: str
print(K.__annotations__, K.field)
try:
    print(y)
except NameError as e:
    print(e)
