# float, set, frozenset and bytes subclasses: inherited methods act on the
# value; a set subclass names its class in its repr, the others do not.
class Celsius(float):
    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self)}°C"

t = Celsius(100)
print(t, repr(t), str(t), [t], f"{t}", f"{t:.1f}", t.fahrenheit, type(t.fahrenheit).__name__)
print(t == 100, t > 99.5, -t, abs(Celsius(-2)), round(Celsius(2.567), 2), t.is_integer(), t.real, int(t), {t: 1}[100])

class Tags(set):
    def add_all(self, *items):
        for item in items:
            self.add(item)
        return self

tags = Tags([1]).add_all(2, 3)
print(tags, repr(Tags()), len(tags), 2 in tags, sorted(tags), tags == {1, 2, 3}, tags | {4}, type(tags | {4}).__name__)
tags |= {5}
tags -= {1}
print(type(tags).__name__, tags, tags.issubset({2, 3, 5, 7}), isinstance(tags, set))

class Frozen(frozenset):
    pass

fz = Frozen("ab")
print(repr(Frozen()), sorted(fz), hash(fz) == hash(frozenset("ab")), {fz: 1}[frozenset("ba")], fz | {"c"} == {"a", "b", "c"})

class Blob(bytes):
    def hexed(self):
        return self.hex()

blob = Blob(b"\x00\xff")
print(blob, repr(blob), blob.hexed(), len(blob), blob[1], blob + b"!", type(blob + b"!").__name__, blob == b"\x00\xff")
class Count(int):
    def __repr__(self):
        return f"Count({int(self)})"

print(repr(Count.from_bytes(b"\x01\x00", "big")), Celsius.fromhex("0x1.8p1"), type(float.fromhex("0x1p0")).__name__)
hash(Tags())
