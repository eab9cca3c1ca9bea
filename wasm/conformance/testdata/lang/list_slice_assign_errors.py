# Extended slice assignment needs the same length.
a = list(range(6))
a[::-1] = "abcdef"
print(a)
a.insert(-1, "x")
a.insert(-100, "first")
print(a)
a[::2] = [1]
