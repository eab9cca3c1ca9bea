# Container displays and their reprs.
print([], [1, [2, [3]]], (), (1,), (1, 2), {}, {"a": 1, "b": [2]})
print({1, 2, 3}, set(), frozenset(), frozenset({5}))
print([1, 'two', 3.0, None, True, b'x'])
print((1, 2,), [1, 2,], {'k': 'v',})
print({1: 'a', 1.0: 'b', True: 'c'})
print([*range(3), *"ab"], {**{"x": 1}, "y": 2}, (*[1, 2], 3))
