# KeyboardInterrupt raised inside a generator: status 130.
def gen():
    yield 1
    raise KeyboardInterrupt
for v in gen():
    print("got", v)
