# The singletons.
print(None, True, False, ..., Ellipsis)
print(type(None).__name__, type(...).__name__, type(True).__name__)
print(True + True, True * 10, False - 1, True / 2)
print(None is None, ... is Ellipsis, bool(None), bool(...))
print(repr(None), str(True), int(False), isinstance(True, int))
