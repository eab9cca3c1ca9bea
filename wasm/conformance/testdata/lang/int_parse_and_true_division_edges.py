# int() of a string takes one sign only; huge-int true division keeps the
# quotient's sign on a zero and rounds exactly.
for s in ["+-5", "-+5", "--5", "+5", "-5", " 0x1f ", "1_000", "z", "Z"]:
    for base in (10, 0, 36):
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, "ValueError:", e)
print(0 / -10**30, 0 / 10**30, (-1) / 10**400, 1 / -(2**1075), 3 / 2**1076)
print(10**400 // 3 / 10**399, -(2**1024 - 2**970) // 1 / 1 if False else 2**1023 * 3 // 2 / 2**1023)
try:
    print(2**1024 / 1)
except OverflowError as e:
    print("OverflowError:", e)
print(float(2**53 + 1) == (2**53 + 1) / 1, (2**60 + 2**7) / 2**7)
