# The collections are what CPython's are: defaultdict, OrderedDict and
# Counter are dicts, namedtuple classes are tuples, with CPython's reprs.
from collections import namedtuple, defaultdict, OrderedDict, Counter, deque

Point = namedtuple("Point", ["x", "y"])
values = [defaultdict(list), OrderedDict(a=1), Counter("aab"), Point(1, 2), deque([1])]
for v in values:
    print(type(v).__name__, isinstance(v, dict), isinstance(v, tuple), repr(v))
print([c.__name__ for c in Point.__mro__], [c.__name__ for c in Counter.__mro__])
print(issubclass(defaultdict, dict), issubclass(OrderedDict, dict), Point.__bases__)

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dict(dd), dd.default_factory, len(dd), "c" in dd, dd.get("c"), sorted(dd.items()))
counts = defaultdict(int, {"z": 1})
for w in "abcab":
    counts[w] += 1
print(counts, counts == {"z": 1, "a": 2, "b": 2, "c": 1}, type(counts.copy()).__name__, defaultdict(None, k=1))
print({**counts}, list(counts), dict.fromkeys(counts, 0))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od, OrderedDict())
first = OrderedDict([("x", 1), ("y", 2)])
second = OrderedDict([("y", 2), ("x", 1)])
print(first == second, first == dict(second), dict(first) == dict(second), first | {"z": 3})
first.move_to_end("y", last=False)
print(first, list(reversed(first)), first.copy())
defaultdict()["nope"]
