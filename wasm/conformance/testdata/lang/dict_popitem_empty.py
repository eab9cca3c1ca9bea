# popitem is LIFO and fails on an empty dict.
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d.popitem(), d)
d.popitem()
d.popitem()
