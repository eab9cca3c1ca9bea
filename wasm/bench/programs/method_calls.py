# Method calls and attribute access on instances.
class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self


c = Counter()
for i in range(300_000):
    c.add(i & 3)
print(c.n)
