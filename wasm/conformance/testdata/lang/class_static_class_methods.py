# staticmethod and classmethod.
class Temp:
    count = 0
    def __init__(self, c):
        self.c = c
        Temp.count += 1
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
print(Temp.c_to_f(100), Temp(0).c_to_f(37))
t = Temp.from_f(212)
print(t.c, type(t).__name__, Temp.count)
class Sub(Temp):
    pass
print(type(Sub.from_f(32)).__name__)
