# Tuples are hashable only if their items are.
print(hash((1, "a")) == hash((1, "a")), {(1, 2): "ok"}[(1, 2)])
d = {}
d[(1, [2])] = "bad"
