# Bitwise operators on ints, including negative and big ones.
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 10, 1024 >> 3, -16 >> 2, -1 & 0xFF)
print((1 << 100) | 1, (2 ** 100 - 1) & 0xF0, ~(2 ** 64))
print(bin(-5), (-5).bit_length(), (255).bit_length(), (10).bit_count())
print(True & False, True | False, True ^ True, type(True & True).__name__)
