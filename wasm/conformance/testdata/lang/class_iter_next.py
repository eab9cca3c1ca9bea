# The iterator protocol with __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for v in Countdown(2):
    print("v", v)
it = iter(Countdown(1))
print(next(it), next(it, "default"))
a, b = Countdown(2)
print(a, b)
next(it)
