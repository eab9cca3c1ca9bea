# !r, !s and !a conversions.
s = "héllo\n"
print(f"{s!r} {s!s} {s!a}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s} {p!a}")
print(f"{'ü'!a:>10}|{3!r:<4}|")
