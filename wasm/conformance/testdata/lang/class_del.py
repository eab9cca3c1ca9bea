# __del__ runs when the last reference goes away.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
r = Res("a")
r = None
print("after rebinding")
def scope():
    Res("local")
    print("in scope")
scope()
lst = [Res("in list")]
lst.clear()
x = Res("x")
y = x
del x
print("x deleted, y still alive")
del y
print("end")
