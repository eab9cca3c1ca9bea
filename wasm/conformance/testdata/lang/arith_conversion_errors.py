# Conversions that cannot succeed.
import math
for f in [lambda: int(float("nan")), lambda: int(float("inf")), lambda: round(float("inf")), lambda: 1 << -1,
          lambda: pow(0, -1), lambda: -7 // 0.0, lambda: 7 % 0.0, lambda: math.factorial(-1)]:
    try:
        f()
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
