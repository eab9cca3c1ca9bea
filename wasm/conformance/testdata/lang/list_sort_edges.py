# Sorting: stability, reverse stability, mixed numbers, keys.
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3, 1.5, True, 2, -0.5]), sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a"], key=str.lower))
lst = [5, 3, 5, 1]
print(lst.index(5, 1), lst.index(5, 1, 3))
print(sorted([[2, 1], [1, 2], [1]]), max([[1, 2], [1, 3]]))
