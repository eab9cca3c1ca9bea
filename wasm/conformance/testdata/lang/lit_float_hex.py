# float.hex and float.fromhex: 13 hex digits of fraction, the subnormals
# with a leading 0 and exponent -1022, signed zeros, the special values,
# round trips, rounding of long mantissas, and what fromhex refuses.
values = [1.5, 0.0, -0.0, 1.0, -0.1, 0.1, 2.0 ** -1074, 2.0 ** -1022,
          2.0 ** -1022 - 2.0 ** -1074, 1e308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 3.141592653589793, 1e-310]
for x in values:
    h = x.hex()
    back = float.fromhex(h)
    print(repr(x), h, back == x or (x != x and back != back), str(back) == str(x))

for s in ["inf", "-Infinity", " nan ", "+INF", "1.8", "0x1.8p1", "ABCp-3", "0x.8", "0x1.", "0X1P+10",
          "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x1p-99999999999999999999",
          "0x1.0000000000000fp0", "0x1.00000000000008p0", "0x1.00000000000018p0",
          "-0x0p0", "\t0x1p0\n", "0x" + "0" * 40 + "1p0", "0x1" + "0" * 40 + "p-160",
          "0x1.fffffffffffff7ffp1023"]:
    print(repr(s), repr(float.fromhex(s)))

for s in ["", "0x", "p1", "0x1p", "1_0", "0x1_0p0", "0x1.8p1x", ".", "infx", "0x1p+-1", "++1", "0x-1",
          "0x1.2.3", "0x1 p0", "--inf", "0x1p1024", "0x1.fffffffffffff8p1023", "0x1p99999999999999999999"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)

for s in ["0x1p0", "+-inf", "-+nan", "1_000.5", "infinity"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), e)

try:
    float.fromhex(1.5)
except TypeError as e:
    print("TypeError", e)

class Text(str):
    pass

print(float.fromhex(Text(" 0x1.8p1 ")))
for args, kw in [((), {}), (("1", "2"), {}), ((), {"string": "1"})]:
    try:
        float.fromhex(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
