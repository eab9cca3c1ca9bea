# Dict and set comprehensions.
print({k: len(k) for k in ["a", "bb", "ccc"]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({n % 5 for n in range(20)})
print(sorted({len(w) for w in "the quick brown fox".split()}))
print({i: {j for j in range(i)} for i in range(3)})
