# functools.wraps keeps metadata; partial freezes arguments.
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    "Add two numbers."
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__(5))
base2 = functools.partial(int, base=2)
print(base2("1010"), base2.func is int, base2.keywords)
p = functools.partial(print, "prefix:", sep="|")
p("a", "b")
