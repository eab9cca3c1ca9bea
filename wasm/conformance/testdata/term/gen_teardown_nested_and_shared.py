# A generator reached twice (a loop variable and a list) is closed where
# it is first reached; nested lists and instance attributes in order.
def worker(name):
    try:
        yield 1
    finally:
        print(f"{name}: finally")
class Holder: pass
L1 = [worker("L1.0"), worker("L1.1")]
for _g in L1: next(_g)
D1 = {"k": worker("D1.k")}
next(D1["k"])
a = worker("a"); next(a)
L2 = [worker("L2.0")]
next(L2[0])
h = Holder(); h.lst = [worker("h.lst0")]; next(h.lst[0])
h.g = worker("h.g"); next(h.g)
nested = [[worker("n0")], worker("n1")]
next(nested[0][0]); next(nested[1])
b = worker("b"); next(b)
