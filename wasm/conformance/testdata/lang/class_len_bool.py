# __len__ and __bool__ decide truthiness.
class Bag:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Flag:
    def __bool__(self):
        print("__bool__ called")
        return False
print(len(Bag(3)), bool(Bag(0)), bool(Bag(2)), bool(Flag()))
if not Flag():
    print("Flag is falsy")
class Neg:
    def __len__(self):
        return -1
len(Neg())
