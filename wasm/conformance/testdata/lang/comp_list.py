# List comprehensions, with conditions and nesting.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
print([c.upper() if c in "aeiou" else c for c in "education"])
x = "outer"
print([x for x in "ab"], x)
