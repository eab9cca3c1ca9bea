# Names in a class body are not visible inside its methods.
x = "global x"
class C:
    x = "class x"
    def method(self):
        return x
    doubled = [x for _ in range(2)]
print(C().method(), C.doubled)
