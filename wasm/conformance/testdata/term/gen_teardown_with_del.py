# Teardown order with generators and __del__ objects held directly, by an
# instance, in a list, in a tuple and in a dict inside the tuple.
def worker(name):
    try:
        yield 1
    finally:
        print(f"{name}: finally")
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
objs = [D("list0"), worker("list1"), D("list2")]
next(objs[1])
_x = D("_x")
t = (D("t0"), {"k": D("t1.k")}, D("t2"))
g = worker("g"); next(g)
class Holder: pass
h = Holder(); h.a = D("h.a"); h.l = [D("h.l0")]; h.b = D("h.b")
e = D("e")
e.child = D("e.child")
