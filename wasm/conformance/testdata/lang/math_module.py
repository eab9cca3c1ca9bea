# Functions and constants of math.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3))
print(math.gcd(12, 18), math.factorial(20), math.isqrt(99), math.comb(5, 2), math.perm(5, 2))
print(math.log(math.e), math.log10(1000), math.log2(8), math.log(8, 2), math.exp(0), math.pow(2, 3))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.hypot(3, 4), math.degrees(math.pi))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.prod([1, 2, 3]))
math.sqrt(-1)
