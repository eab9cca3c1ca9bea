# enumerate and zip.
print(list(enumerate("abc")), list(enumerate("ab", start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3))))
names, ages = zip(*[("a", 1), ("b", 2)])
print(names, ages)
print(dict(zip("xyz", range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
