# Using an object without __enter__ in with is a TypeError.
with 42:
    pass
