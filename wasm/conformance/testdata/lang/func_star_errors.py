# Errors from unpacking arguments at a call site.
def f(*args, **kwargs):
    return args, kwargs
for call in [lambda: f(*5), lambda: f(**[1]), lambda: f(**{1: 2})]:
    try:
        call()
    except TypeError as e:
        print(e)
f(*None)
