# int, float, str, bool, list, tuple, dict, set, frozenset constructors.
print(int(), int("  -12 "), int(3.9), int("ff", 16), int(True), float(), float("1e3"), float("-inf"))
print(str(), str(12), bool(), bool("False"), bool(0.0), list("ab"), tuple([1, 2]), list({"k": 1}))
print(dict(a=1, b=2), dict([("x", 1)]), dict({"y": 2}, z=3), sorted(set([3, 1, 3])), len(frozenset("aab")))
try:
    int("4.5")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
int("")
