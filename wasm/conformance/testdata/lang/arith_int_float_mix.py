# Mixing int and float, true division, and comparisons.
print(1 + 2.0, 3 * 1.5, 7 / 2, 6 / 3, 2 ** -1, type(6 / 3).__name__)
print(1 == 1.0, 0.1 + 0.2 == 0.3, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 == 1e20)
print(int("42"), int("-0x1F", 16), int("1010", 2), int("  7 "), int("z", 36), int("0o17", 0))
print(abs(-3), abs(-2.5), abs(True), -(-3))
print(5 // 2.0, 2 ** 10, 2 ** 0.5 * 2 ** 0.5)
