# Integers have no size limit.
a = 2 ** 100
print(a)
print(a * a)
print(-(10 ** 40) // 7, -(10 ** 40) % 7)
print(123456789012345678901234567890 + 1)
print((1 << 200) >> 190)
print(len(str(3 ** 500)))
print(hex(2 ** 70), bin(2 ** 65))
