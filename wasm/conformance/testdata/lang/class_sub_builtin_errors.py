# What cannot be done with classes derived from built-in types, and the
# errors CPython gives for it.
class L(list):
    pass

class I(int):
    pass

class S(str):
    pass

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: hash(L()))
show(lambda: {L(): 1})
show(lambda: L() - 1)
show(lambda: L() + 1)
show(lambda: S("a") + 1)
show(lambda: I(1) + "a")
show(lambda: len(I(3)))
show(lambda: iter(I(3)))
show(lambda: I(3)[0])
show(lambda: L([1]).missing)
show(lambda: L([1, 2], 3))
show(lambda: I("x"))
show(lambda: I(1) < "a")
for base in (bool, range, slice, type(len), type(None)):
    try:
        class B(base):
            pass
    except TypeError as e:
        print("TypeError:", e)

class Both(S, I):
    pass
