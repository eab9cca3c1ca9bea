# Sets of numbers print in CPython's hash-table order; sorting works with
# CPython's comparisons.
print({3, 1, 2}, {10, 5, 100, 7, 8, 9, 64, 32}, set(range(20, 0, -3)))
print({-1, -2, 0, 2**40, 1.5, 2.0}, {0.1, 0.2, 0.3, 7.5, -1.25}, frozenset([9, 17, 1, 33]))
s = set()
for i in [33, 1, 17, 65, 9, 100, 8]:
    s.add(i)
print(s, {x * 7 % 50 for x in range(30)}, hash(1.5), hash(-2.5))
calls = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
sorted([K(v) for v in [5, 2, 8, 1, 9, 3]])
print(calls)
