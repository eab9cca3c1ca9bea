# A walrus in a comprehension binds in the enclosing scope.
total = 0
values = [total := total + v for v in [1, 2, 3]]
print(values, total)
def f():
    found = [m for x in "abc" if (m := x.upper()) == "B"]
    return found, m
print(f())
