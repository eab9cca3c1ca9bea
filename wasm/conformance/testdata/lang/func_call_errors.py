# TypeError messages for bad calls.
def f(a, b=1):
    pass
for call in [lambda: f(), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2), lambda: len(), lambda: len(1, 2), lambda: (5)()]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(**kw):
    pass
g(**{"x": 1}, x=2)
