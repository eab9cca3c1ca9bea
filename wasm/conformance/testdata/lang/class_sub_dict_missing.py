# dict subclasses: __missing__ supplies absent keys for d[k] (not for get),
# super().__getitem__ still reaches it, the dict methods act on the dict.
class Defaulting(dict):
    def __missing__(self, key):
        print("missing", key)
        return key.upper()

d = Defaulting(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d), d)

class Loud(dict):
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
    def __missing__(self, key):
        return 0

l = Loud({"x": 1})
l["y"] = l["y"] + 1
l.update(z=3)
l.setdefault("w", 4)
print(l, dict(l), sorted(l), {**l}, l == {"x": 1, "y": 1, "z": 3, "w": 4})
print(type(l.copy()).__name__, type(l | {}).__name__, isinstance(l, dict), Loud.fromkeys("ab", 0))

class Tracked(dict):
    def __init__(self, name, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.name = name

t = Tracked("cfg", [("debug", True)], level=2)
print(t.name, t, vars(t), list(t.items()), list(reversed(t)))
t |= {"extra": None}
print(type(t).__name__, t)
del t["debug"]
print(t.pop("level"), t.popitem(), t, bool(t))

class Strict(dict):
    pass

s = Strict(known=1)
print(s["known"], repr(s))
s["unknown"]
