# Frames for __init__ and a property getter.
class Box:
    def __init__(self, size):
        self.size = size
        self.check()
    def check(self):
        return self.volume
    @property
    def volume(self):
        return self.size ** 3
Box("big")
