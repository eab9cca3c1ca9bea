# Tuples: methods, immutability, packing.
t = (1, 2, 2, 3)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:3], len(t), 2 in t, tuple(reversed(t)))
single = 5,
print(single, type(single).__name__, (), tuple())
print((1, 2) < (1, 2, 0), (2,) > (1, 99), max([(1, "b"), (1, "c")]))
t[0] = 9
