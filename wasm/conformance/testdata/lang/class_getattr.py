# __getattr__ is called only for missing attributes.
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p.target, p.count(1))
print(getattr(p, "missing", "default"))
class Dynamic:
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(f"no {name}")
d = Dynamic()
print(d.x_hello, hasattr(d, "y"))
print(d.nothing)
