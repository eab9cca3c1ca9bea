# __del__ and generator close() run when the last reference goes away,
# and not before.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("close", name)

r = Res("rebound")
r = Res("second")
print("after rebinding")
keep = [Res("in list 1"), Res("in list 2")]
alias = keep[0]
keep.clear()
print("list cleared, alias keeps one")
alias = None
z = zip(gen("zipped"), "ab")
print(next(z))
print("zip still holds its generator")
print(next(z))
for pair in [(Res("tmp a"), 1), (Res("tmp b"), 2)]:
    print("loop", pair[1])
print("after loop")
def make():
    local = Res("local")
    return Res("returned")
kept = make()
print("kept", kept.name)
class Holder:
    pass
h = Holder()
h.res = Res("attribute")
h.res = None
t = Res("temporary").name
print(t)
for x in gen("broken"):
    break
table = {"k": Res("in dict")}
print("dict holds it")
table = None
c = Res("cycle")
c.me = c
del c
print("cycle dropped, waits for the collector")
import gc
gc.collect()
del r, kept, pair, z
print("end")
