# Tuple and list unpacking, nested.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
[f, g] = "xy"
print(c, d, e, f, g)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
h, = [9]
print(h)
