# contextlib.suppress ignores the listed exceptions.
from contextlib import suppress
with suppress(KeyError, IndexError):
    [][1]
print("IndexError suppressed")
with suppress(ZeroDivisionError):
    print("no error")
with suppress(KeyError):
    1 / 0
