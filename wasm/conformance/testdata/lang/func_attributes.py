# Function objects and their attributes.
def f(x, y=1):
    "Docstring of f."
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__code__.co_argcount)
class C:
    def m(self):
        def inner():
            pass
        return inner
print(C.m.__qualname__, C().m().__qualname__)
f.custom = "attr"
print(f.custom, callable(f), type(f).__name__)
print(repr(f).startswith("<function f at 0x"))
