# A class derived from int: __new__ decides the value, results of the
# inherited arithmetic are plain ints, the reflected method of a subclass
# that overrides it goes first.
class Code(int):
    def __new__(cls, v):
        return super().__new__(cls, v & 0xff)

    def __repr__(self):
        return f"Code({int(self)})"

c = Code(259)
print(c, repr(c), str(c), f"{c}", f"{c:04d}", "%d|%x" % (c, c))
print(type(c) is Code, isinstance(c, int), c.bit_length(), c.real, hash(c) == hash(3))
print(c + 1, type(c + 1).__name__, c * c, -c, abs(Code(-1)), c // 2, c ** 2, c << 1)
print(c == 3, 3 == c, c < 4, sorted([Code(9), 2, Code(1)]), max(Code(7), 5))
print({c: "three"}[3], [10, 20, 30, 40][c], range(c), bool(Code(256)), Code(256) or "zero")
print(int(c), float(c), int.__repr__(c), divmod(Code(7), 2))

class Reflect(int):
    def __radd__(self, other):
        return f"Reflect.__radd__({other})"
    def __sub__(self, other):
        return NotImplemented

print(1 + Reflect(2), Reflect(2) + 1, True + Reflect(1))
try:
    Reflect(5) - 1
except TypeError as e:
    print("TypeError:", e)

class Flag(int):
    def __or__(self, other):
        return Flag(int(self) | int(other))
    def __repr__(self):
        return f"Flag({int(self):#b})"

f = Flag(1) | Flag(4)
print(f, f | 2, 2 | f, type(2 | f).__name__, f + 0)

class Counted(int):
    made = 0
    def __init__(self, value, label="?"):
        Counted.made += 1
        self.label = label
    def __new__(cls, value, label="?"):
        return super().__new__(cls, value)

n = Counted(5, label="five")
print(n, n.label, vars(n), Counted.made, n + n)
Code("x")
