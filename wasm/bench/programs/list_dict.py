# Building and reading lists and dicts.
squares = [i * i for i in range(100_000)]
index = {}
for i, s in enumerate(squares):
    index[s % 1000] = index.get(s % 1000, 0) + i
keys = sorted(index)
print(len(squares), len(index), keys[:5], sum(index.values()))
