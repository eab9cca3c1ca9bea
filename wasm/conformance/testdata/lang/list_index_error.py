# Indexing past the end raises IndexError.
items = ["a", "b"]
i = 2
print(items[i])
