# Closures and higher-order functions.
def make_adder(k):
    def add(x):
        return x + k
    return add


adders = [make_adder(k) for k in range(10)]
total = 0
for i in range(30_000):
    for f in adders:
        total = f(total) % 1_000_003
print(total)
