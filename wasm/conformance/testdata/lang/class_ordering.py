# __lt__ and friends drive sorting and comparisons; reflected operands.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        print("lt", self.parts, other.parts)
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0), Version(0, 9)]
print(sorted(vs))
print(Version(2) > Version(1))
print(max(vs), Version(1) == Version(1))
Version(1) <= Version(2)
