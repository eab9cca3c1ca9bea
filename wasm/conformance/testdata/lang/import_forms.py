# import forms and module attributes.
import math
import math as m
from math import sqrt, pi as PI
from os import path
import sys, os
print(m is math, sqrt(4), PI, math.__name__, type(math).__name__)
print(sys.version_info[:2] >= (3, 11), callable(os.getpid), path.basename("/a/b.txt"))
from collections import OrderedDict, defaultdict, Counter
dd = defaultdict(list)
dd["k"].append(1)
print(dict(dd), Counter("abracadabra").most_common(2))
