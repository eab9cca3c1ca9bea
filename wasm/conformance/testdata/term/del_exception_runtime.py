# An exception in __del__ during the run shows the source line.
class C:
    def __del__(self):
        raise ValueError("in del")
c = C()
c = None
print("main continues")
