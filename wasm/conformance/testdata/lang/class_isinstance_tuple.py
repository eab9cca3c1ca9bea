# isinstance and issubclass with tuples and built-in types.
print(isinstance(1, (str, int)), isinstance(True, int), isinstance(1.0, int), isinstance("s", str))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(int, type))
print(isinstance([], (list, tuple)), isinstance(None, type(None)), issubclass(KeyError, (ValueError, LookupError)))
isinstance(1, "int")
