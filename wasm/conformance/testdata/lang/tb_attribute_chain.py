# An attribute chain is underlined with ^ only.
class Node:
    def __init__(self):
        self.child = None
n = Node()
w = n.child.value
