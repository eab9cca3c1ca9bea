# Mutable default shared; None as sentinel.
def add(x, to=None):
    if to is None:
        to = []
    to.append(x)
    return to
print(add(1), add(2), add(3, [0]))
def counter(_cache={}):
    _cache["n"] = _cache.get("n", 0) + 1
    return _cache["n"]
print(counter(), counter(), counter())
