# raise SystemExit from an exception: no traceback, just the code.
try:
    int("x")
except ValueError as e:
    raise SystemExit(8) from e
