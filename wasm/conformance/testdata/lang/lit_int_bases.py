# Integer literals in every base, with underscores.
print(0x1F, 0X1f, 0o17, 0O17, 0b1011, 0B1011)
print(1_000_000, 0x_FF_FF, 0b_1010_1010, 0o_7_7)
print(0, 00, 0_0)
print(hex(255), oct(8), bin(5))
print(-0x10, +0b11, ~0o7)
