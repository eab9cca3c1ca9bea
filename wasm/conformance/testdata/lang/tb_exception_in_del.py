# An exception in __del__ is printed as "Exception ignored in".
class C:
    def __del__(self):
        raise ValueError("in del")
c = C()
del c
print("program continues")
