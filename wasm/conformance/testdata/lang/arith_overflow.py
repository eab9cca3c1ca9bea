# Floats overflow; ints do not.
print(10 ** 400 > 0)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(1e308 * 10)
import math
math.exp(1000)
