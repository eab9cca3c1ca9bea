# RecursionError while getting the repr of a deeply nested list.
nested = []
for _ in range(100000):
    nested = [nested]
print(repr(nested)[:10])
