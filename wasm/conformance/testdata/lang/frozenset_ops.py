# frozenset is immutable and hashable.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, f | {9}, f & {1, 5}, type(f | {9}).__name__)
print({f: "key"}[frozenset([1, 2, 3])], frozenset() == set())
f.add(4)
