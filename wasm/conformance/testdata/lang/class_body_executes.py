# A class body runs once, top to bottom, at definition time.
print("before class")
class K:
    print("in class body")
    x = 1
    y = x + 1
    def f(self):
        return self.y
    print("end of class body, y =", y)
print("after class", K().f())
