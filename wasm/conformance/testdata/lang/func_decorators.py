# Decorators, with and without arguments, stacked.
def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return " ".join(fn(*a) for _ in range(n))
        return wrapper
    return deco
@shout
@repeat(2)
def greet(name):
    return "hi " + name
print(greet("bob"))
print(greet.__name__)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry)
