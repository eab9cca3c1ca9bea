# Raising and catching exceptions in a loop.
class Stop(Exception):
    pass


def check(i):
    if i % 3 == 0:
        raise Stop(i)
    return i


caught = 0
for i in range(100_000):
    try:
        check(i)
    except Stop:
        caught += 1
    finally:
        pass
print(caught)
