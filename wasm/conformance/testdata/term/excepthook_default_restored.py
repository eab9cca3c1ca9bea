# sys.__excepthook__ is the default hook.
import sys
sys.excepthook = lambda t, v, tb: sys.__excepthook__(t, v, tb)
print(sys.__excepthook__ is not None)
def f():
    raise TypeError("through the default hook")
f()
