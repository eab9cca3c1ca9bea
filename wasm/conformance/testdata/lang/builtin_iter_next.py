# iter and next, including the sentinel form.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
lines = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(lines), "STOP")))
print(iter(it) is it)
try:
    iter(5)
except TypeError as e:
    print(e)
next(it)
