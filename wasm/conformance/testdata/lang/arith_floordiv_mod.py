# Floor division and modulo follow the sign of the divisor.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (0, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(10 ** 20 // 3, -(10 ** 20) % 7)
