# A generator that ignores GeneratorExit is finalized again at shutdown.
def h():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring GeneratorExit")
g = h()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close() raised:", e)
print("main end")
