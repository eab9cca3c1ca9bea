# map and filter are lazy iterators.
m = map(str.upper, ["a", "b"])
print(type(m).__name__, list(m), list(m))
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "x", None])))
print(list(filter(lambda n: n % 2, range(7))))
def noisy(x):
    print("map called on", x)
    return x
lazy = map(noisy, [1, 2])
print("nothing called yet")
print(next(lazy))
