# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def bad():
    yield 1
    raise StopIteration("oops")
print(list(bad()))
