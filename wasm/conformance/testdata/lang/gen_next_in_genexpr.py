# StopIteration from next() inside a generator expression ends it... with a RuntimeError.
it = iter([1])
g = (next(it) for _ in range(3))
print(next(g))
print(list(g))
