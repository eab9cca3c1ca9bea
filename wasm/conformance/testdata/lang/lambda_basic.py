# Lambda expressions.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: "no args")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x * y, [1, 2], [3, 4])))
print(sq.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(1))
