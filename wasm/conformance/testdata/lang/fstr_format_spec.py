# Format specs in f-strings, including nested fields.
x = 3.14159
w, p = 10, 3
print(f"[{x:.2f}] [{x:{w}.{p}f}] [{x:<{w}}] [{x:^10.1f}] [{x:>+10.3e}]")
print(f"[{42:05d}] [{42:x}] [{42:#X}] [{42:#o}] [{42:#b}] [{1234567:,}] [{1234567:_}]")
print(f"[{'ab':*^8}] [{'ab':>5}] [{'ab':<5}] [{0.25:%}] [{0.25:.0%}]")
print(f"[{-5:=+8}] [{5: d}] [{12345.678:,.2f}] [{1e-5:g}] [{1e20:g}] [{123.0:g}]")
print(f"[{True}] [{True:d}] [{None!s:>6}]")
