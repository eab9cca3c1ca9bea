# Conversions combined with format specs and = in f-strings.
x = "hi"
n = 3.14159
print(f"[{x!r:>8}] [{x=!r:>8}] [{n=:.2f}] [{x!s:^6}]")
print(f"{2**100:,}", f"{-255:#x}", f"{-(2**70):x}", f"{1234.5:_.1f}")
print(f"{'nested ' + f'{n:.1f}'}")
