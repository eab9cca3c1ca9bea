# __del__ runs each time a loop variable is rebound.
class Tracker:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
for i in range(3):
    t = Tracker(i)
    print("made", i)
print("loop done")
t = None
print("end")
