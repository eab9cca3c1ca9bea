# Operators between unsupported types raise TypeError with the type names.
for a, b in [(1, "a"), ("a", 1.5), ([], {}), (None, 1)]:
    try:
        a + b
    except TypeError as e:
        print(e)
try:
    "a" * 2.0
except TypeError as e:
    print(e)
try:
    -"x"
except TypeError as e:
    print(e)
print([1] * 3, (0,) * 2, "x" * -1)
n = None
total = n + 1
