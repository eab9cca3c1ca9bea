# A generator whose finally returns swallows GeneratorExit and close() succeeds.
def g():
    try:
        yield 1
    finally:
        return "ignored"
it = g()
next(it)
print(it.close())
def h():
    yield 1
    return 5
x = h()
print(next(x), next(x, "default"))
