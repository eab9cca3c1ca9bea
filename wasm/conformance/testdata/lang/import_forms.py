# import forms and module attributes.
import math
import math as m
from math import sqrt, pi as PI
import sys, os
import atexit as ae, signal
print(m is math, sqrt(4), PI, math.__name__, type(math).__name__)
print(sys.version_info[:2] >= (3, 11), callable(os.getpid), ae.__name__, signal.SIGTERM.name)
print(sys.modules["math"] is math, "math" in sys.modules, __name__)
def local_import():
    import random
    return random.__name__
print(local_import(), "random" in globals())
