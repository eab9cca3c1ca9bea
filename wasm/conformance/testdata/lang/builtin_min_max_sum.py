# min, max and sum with keys, defaults and start values.
print(min(3, 1, 2), max([3, 1, 2]), min("bca"), max("a", "B"), max([], default="empty"))
print(max(["apple", "fig", "banana"], key=len), min([(1, "b"), (1, "a")]))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101), 10))
print(abs(-7), abs(3.5), any([0, "", None]), any("x"), all([1, "a"]), all([]))
min([])
