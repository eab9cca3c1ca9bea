# All twelve augmented assignment operators.
x = 17
x += 3; print(x)
x -= 5; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 4; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0b1100; print(x)
x |= 0b0011; print(x)
x ^= 0b0101; print(x)
