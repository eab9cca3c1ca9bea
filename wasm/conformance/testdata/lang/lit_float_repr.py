# Floats print the shortest repr that round-trips.
print(0.1, 0.2, 0.1 + 0.2)
print(1.0, 1e16, 1e15, 1.5e-7, 0.0001, 0.00001)
print(1e22, 1e21, 123456789.0, 1/3)
print(-0.0, 2.5e300 * 1e10, -1e400)
print(float("nan"), float("inf"), float("-inf"))
print(3.14_15, 1_0.5e1_0)
print(repr(2.0), str(2.0), 100.0, 1e100)
print(.5, 5., 0e0)
