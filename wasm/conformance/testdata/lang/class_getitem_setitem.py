# __getitem__, __setitem__, __delitem__ and __contains__.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
g = Grid()
g[0, 1] = "x"
print(g[0, 1], g[5, 5], (0, 1) in g, (2, 2) in g)
del g[0, 1]
print(g[1:3])
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())
