# Closures capture variables, not values.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2())
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
print(c1.__closure__[0].cell_contents)
