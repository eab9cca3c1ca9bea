# raise ... from None hides the context.
try:
    int("zz")
except ValueError:
    raise LookupError("clean message") from None
