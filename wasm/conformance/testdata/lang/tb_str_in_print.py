# An exception raised by __str__ while printing.
class Bad:
    def __str__(self):
        raise RuntimeError("cannot show")
print("before")
print(Bad())
