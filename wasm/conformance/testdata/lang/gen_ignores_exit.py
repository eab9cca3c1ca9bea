# A generator that yields after GeneratorExit makes close() fail.
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring GeneratorExit")
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
del g
print("end")
