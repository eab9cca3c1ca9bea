# Class attributes shared vs instance attributes shadowing.
class Counter:
    instances = 0
    shared = []
    def __init__(self):
        Counter.instances += 1
        self.shared.append(self.instances)
a, b = Counter(), Counter()
print(Counter.instances, a.shared is b.shared, a.shared)
a.instances = 100
print(a.instances, b.instances, Counter.instances)
print("instances" in vars(a), "instances" in vars(b))
