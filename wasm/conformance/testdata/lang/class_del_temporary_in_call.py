# A temporary with __del__ whose last reference goes away while a
# statement's call is being prepared is finalized before that call runs,
# as in CPython; one the call still receives lives until it returns.
class Temp:
    value = 5

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def method(self):
        print("method of", self.name)
        return self


def show(*args, **kw):
    print("show", *[a if isinstance(a, (int, str)) else type(a).__name__ for a in args], sorted(kw))
    return len(args)


def through(x):
    return show(Temp("in return").value, x)


print(Temp("attribute").value)
n = show(Temp("assigned").value, 1)
print(through(2))
show(Temp("argument"), Temp("second").value)
show(key=Temp("keyword"))
Temp("receiver").method()
Temp("chained").method().method()
print(len([Temp("in list")]))
print(type(Temp("typed")).__name__, Temp("name").name)
show(*[Temp("starred")])
show(sum(t.value for t in [Temp("gen a"), Temp("gen b")]))
[Temp("builtin self")].__len__()
items = [Temp("kept")]
show(items[0].value)
del items
print("end")
