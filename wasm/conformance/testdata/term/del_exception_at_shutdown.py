# An exception in __del__ at shutdown is reported without the source line.
class C:
    def __del__(self):
        raise ValueError("in del at shutdown")
c = C()
print("main end")
