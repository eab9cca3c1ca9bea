# __eq__ and __hash__.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
print(Key(1) == Key(1), Key(1) != Key(2), Key(1) == 1)
d = {Key(1): "one"}
print(d[Key(1)], len({Key(2), Key(2), Key(3)}))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
print(NoHash() == 5)
{NoHash(): 1}
