# send() passes values into a generator.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("stopped", e.value)
fresh = accumulator()
fresh.send(1)
