# Suspended generators in globals, a list and a dict are closed at module
# teardown after atexit: globals in dict order (no underscore first), the
# containers after them, a list from its end.
import atexit
def worker(name):
    try:
        yield 1
        yield 2
    finally:
        print(f"{name}: finally")
a = worker("a"); next(a)
b = worker("b"); next(b)
gens = [worker("list0"), worker("list1"), worker("list2")]
for g in gens: next(g)
d = {"x": worker("dict-x"), "y": worker("dict-y")}
for g in d.values(): next(g)
c = worker("c"); next(c)
_u = worker("_underscore"); next(_u)
atexit.register(print, "atexit")
print("main end")
