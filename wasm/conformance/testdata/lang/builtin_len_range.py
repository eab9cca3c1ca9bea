# len and range.
print(len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len((1,)), len({1, 2}))
r = range(2, 20, 3)
print(r, list(r), r[1], r[-1], r[1:3], len(r), 8 in r, 9 in r, r.index(11))
print(list(range(5, 0, -2)), list(range(0)), range(3) == range(0, 3), reversed(range(3)).__class__.__name__)
print(list(range(-3)), range(10)[::2], list(range(10)[::-3]))
range(1, 2, 0)
