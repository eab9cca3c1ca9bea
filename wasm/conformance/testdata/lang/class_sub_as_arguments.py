# Instances of int, float and str subclasses passed to built-in functions
# and methods count as the int, float or str they hold.
import math

class I(int):
    pass

class F(float):
    pass

class S(str):
    pass

i, sep = I(65), S("-")
print(chr(i), hex(i), oct(i), bin(i), round(F(2.5)), round(I(55), -1), pow(I(2), 3), pow(I(2), 3, 5), divmod(I(7), I(2)))
print("abc"[I(1)], [1, 2, 3][I(0):I(2)], "x" * I(3), [0] * I(2), abs(F(-1.5)), max(I(1), F(2.0)), min([I(3), I(2)]), sum([F(0.5), F(0.25)]))
print(I(255).to_bytes(2, "big"), I(10) / I(4), I(10) % 3, float(I(3)), list(range(I(2), I(5))), isinstance(I(1), bool), bool(I(0)), bool(F(0.0)))
print(format(I(5), "b"), format(F(0.5), "%"), "{:>4}".format(I(3)), "{0!r}".format(I(3)), str(F(1.25)), repr(F(1e20)), I(2) ** -1, I(-7) // 2, -I(7) % 3)
print(math.floor(F(2.7)), math.sqrt(I(16)), math.isclose(F(0.1), 0.1), int(F(-2.5)), I(True), I(" 42 "), F(" 1e3 "), I(7).real, F(2.0).imag)
print("a-b".split(sep), "a-b".partition(sep), "a-b".replace(sep, "+"), "a-b".count(sep), "a-b".find(sep), "-a-".strip(sep))
print("x".center(5, sep), "a-b".startswith((S("a"), "z")), "a-b".endswith(S("b")), "a-b".removeprefix(S("a")), sep.join("abc"), "".join([S("x"), "y"]))
print("a", "b", sep=S("|"), end=S("!\n"))
class Obj:
    pass
o = Obj()
setattr(o, S("name"), "set")
print(getattr(o, S("name")), hasattr(o, S("name")), vars(o))
print(math.factorial(I(5)), math.gcd(I(12), I(18)), "%5.1f|%d|%s" % (F(2.25), I(3), S("s")))
def kwargs(**kw):
    return kw
print(kwargs(**{S("a"): 1}), dict(**{S("b"): 2}), "{a}".format(**{S("a"): 5}), "%(k)s" % {S("k"): "v"})
