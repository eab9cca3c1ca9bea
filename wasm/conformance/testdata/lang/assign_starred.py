# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, z = range(2)
print(a, mid, z)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
