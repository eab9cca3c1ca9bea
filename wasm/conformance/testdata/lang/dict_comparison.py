# Dict equality ignores order; keys can be any hashable.
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: "x"} == {1.0: "x"}, {} == dict())
d = {None: 0, (1, 2): 1, 3.5: 2, True: 3, "s": 4, frozenset([1]): 5}
print(d)
print(d[1], d[None], d[frozenset({1})])
