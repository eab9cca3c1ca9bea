# Generator expressions are lazy.
g = (x * 2 for x in range(4))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(10)), max(len(s) for s in ["a", "abc"]))
print(any(x > 3 for x in [1, 5]), all(x for x in []))
def noisy(n):
    print("producing", n)
    return n
lazy = (noisy(i) for i in range(3))
print("created")
print(next(lazy))
print(", ".join(str(i) for i in range(3)))
