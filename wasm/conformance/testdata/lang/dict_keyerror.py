# A missing key raises KeyError; iterating while resizing fails.
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
try:
    for k in d:
        d[k + "x"] = 0
except RuntimeError as e:
    print(e)
counts = {}
for word in "to be or not to be".split():
    counts[word] += 1
