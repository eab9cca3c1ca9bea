# random, itertools, collections and string behave as CPython's.
import random, itertools, collections, string
random.seed(2024)
print(random.random(), random.randint(1, 6), random.choice("xyz"), random.sample(range(50), 4))
deck = list(range(8))
random.shuffle(deck)
print(deck, random.randrange(10, 100, 7), round(random.uniform(1, 2), 12))
print(list(itertools.accumulate([1, 2, 3])), list(itertools.combinations("abc", 2)))
print(list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.zip_longest([1], "ab")))
print([(k, len(list(g))) for k, g in itertools.groupby("aabccc")])
Point = collections.namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p._replace(y=5), p.x + p.y)
c = collections.Counter("mississippi")
print(c.most_common(2), c["s"])
d = collections.defaultdict(int)
for ch in "hello":
    d[ch] += 1
print(d)
q = collections.deque(maxlen=2)
q.extend([1, 2, 3])
print(q, string.ascii_uppercase[:5], string.capwords("a b"))
