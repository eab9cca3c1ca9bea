# A reference cycle is collected after atexit, before module globals.
import atexit
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = Node("cycle a")
b = Node("cycle b")
a.other, b.other = b, a
del a, b
keep = Node("global keep")
atexit.register(print, "atexit")
print("main end")
