# Default values are evaluated once, at definition time.
def f(a, b=2, c="x"):
    return a, b, c
print(f(1), f(1, 3), f(1, c="y"), f(c=0, a=9))
def append(item, lst=[]):
    lst.append(item)
    return lst
print(append(1), append(2))
n = 10
def g(x=n):
    return x
n = 20
print(g())
print(f.__defaults__)
