# An object with __del__ that a call returns stays alive while the caller's
# expression still holds it (an argument evaluated before another call, a
# list a builtin built, a builtin's argument), even when that other call
# runs statements; it is finalized once the statement that holds it is done.
class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def other():
    x = 1
    print("other runs")
    return x


def show(a, b):
    print("show", type(a).__name__, b)


def make():
    return T("from def")


def gen():
    yield T("from generator")


show((lambda: T("from lambda"))(), other())
show([T("in listcomp") for _ in range(1)], other())
show(list(map(lambda i: T("from map"), [1])), other())
show(next(gen()), other())
show(make(), other())


def key(x):
    name = x.name
    del x
    print("key of", name)
    return name


# sorted still holds the items while the key function lets go of its own
# reference.
print([t.name for t in sorted([T("sorted")], key=key)])
print(max(T("max"), T("max too"), key=key).name)
print("end")
