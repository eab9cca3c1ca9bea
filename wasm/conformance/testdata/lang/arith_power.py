# Exponentiation, including negative and modular powers.
print(2 ** 10, 2 ** -2, (-2) ** 3, -2 ** 2, (-8) ** 2)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3))
print(10 ** 30, 0 ** 0, 0.0 ** 0, 1 ** 1000)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
