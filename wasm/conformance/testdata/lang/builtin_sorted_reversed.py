# sorted (key, reverse, stability) and reversed.
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted("hello"), sorted([3, 1, 2], reverse=True), sorted({3: "x", 1: "y"}))
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(3))))
lst = [5, 2, 8]
lst.sort()
print(lst, sorted([-3, 2, -1], key=abs))
reversed(5)
