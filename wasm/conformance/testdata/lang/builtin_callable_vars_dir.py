# callable, vars and the names inside a function.
def f():
    a = 1
    b = 2
    return sorted(locals())
print(f(), callable(f), callable(None), callable(print))
class C:
    def __init__(self):
        self.one = 1
        self.two = 2
print(vars(C()))
vars(5)
