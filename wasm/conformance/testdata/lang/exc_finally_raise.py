# An exception in finally replaces the original one (keeping it as context).
try:
    raise KeyError("original")
finally:
    raise ValueError("from finally")
