# Counter: a dict whose missing counts are 0, with multiset arithmetic and
# a repr ordered by count.
from collections import Counter

c = Counter("mississippi")
print(c, c["s"], c["x"], "x" in c, c.most_common(2), c.total(), sorted(c.elements()), len(c))
c.update("ss")
c.update({"m": 2})
c.subtract({"i": 4})
print(c, dict(c), list(c.keys()))
print(c + Counter("pp"), c - Counter("s"), Counter("ab") | Counter("bb"), Counter("aab") & Counter("ab"))
print(Counter(), Counter(a=3, b=-1), +Counter(a=3, b=-1), -Counter(a=3, b=-1))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter("ab") != Counter("ba"))
words = Counter()
for word in "the cat and the hat and the bat".split():
    words[word] += 1
del words["absent"]
print(words.most_common(1), words, isinstance(words, dict), sum(words.values()))
words += Counter(cat=2)
words -= Counter(the=3)
print(words, type(words).__name__)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
Counter("ab")["a"] + "x"
