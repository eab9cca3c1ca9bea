# Methods and conversions of int and float.
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (17).bit_length())
print(float.fromhex("0x1.8p1"), (10).__add__(5), int.__name__)
print(round(1.5), round(1234.5678, -2), round(7.25, 1), round(15, -1))
print((-7).__abs__(), (3).real, (3).imag, (3).numerator, (0.75).as_integer_ratio())
print(int(True), float(False))
print(max(3, 3.0), min(3.0, 3), 3 == 3.0, hash(3) == hash(3.0))
