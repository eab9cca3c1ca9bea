# Dicts keep insertion order; views are live.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
keys = d.keys()
print(list(keys))
d["b"] = 4
del d["a"]
print(list(keys), len(keys), "b" in keys)
d["z"] = 100
print(d, list(reversed(d)), sorted(d))
for k, v in d.items():
    print(k, v)
