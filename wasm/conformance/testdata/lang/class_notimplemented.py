# Returning NotImplemented lets the other operand try.
class Meters:
    def __init__(self, m):
        self.m = m
    def __eq__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.m == other.m
    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Meters(self.m + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd with", other)
        return self + other
print(Meters(1) == Meters(1), Meters(1) == 1, (Meters(2) + 3).m, (4 + Meters(1)).m)
print(sum([Meters(1), Meters(2)], 0).m)
Meters(1) + "x"
