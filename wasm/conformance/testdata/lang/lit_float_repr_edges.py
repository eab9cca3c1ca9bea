# Shortest round-tripping repr for awkward floats.
for x in [1/7, 2/3 * 1e-10, 5e-324, 1.7976931348623157e308, 123456789012345680.0, 0.1 + 0.7, 1e-7, 9.999999999999999e22, 2.0 ** 60, -1.5e-300]:
    print(repr(x), str(x))
print(f"{0.1:.20f} {1e16} {1e16:.0f} {2.5:.0f} {3.5:.0f} {1/3:.3}")
print("{:e} {:E} {:g} {:G}".format(0, 12345.6789, 0.00001234, 1e-10))
print(-0.0 == 0.0, str(-0.0), repr(-0.0 + 0.0), round(-0.4))
