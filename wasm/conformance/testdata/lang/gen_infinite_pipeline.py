# Generators composed into a lazy pipeline.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for n in src:
        if n % 2 == 0:
            yield n
def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v
print(list(take(5, evens(naturals()))))
squares = (x * x for x in naturals())
print([next(squares) for _ in range(5)])
