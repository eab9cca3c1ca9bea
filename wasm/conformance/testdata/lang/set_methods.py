# Methods and operators of set (small ints only, so the order is fixed).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a.isdisjoint({9}))
print(a.union([7]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,)); s.discard(99); s.remove(2)
print(s, len(s), 3 in s, s.pop() in {1, 3, 4}, sorted(s))
s.clear()
print(s, set("aaa") == {"a"}, {1, 2} == {2, 1})
s.remove(5)
