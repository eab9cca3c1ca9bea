# Methods of dict.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "none"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, len(d), "x" in d, 1 in d)
print(dict.fromkeys("ab", 0), d.copy() == d, d | {"w": 0}, {**d})
d |= {"q": 9}
d.clear()
print(d)
