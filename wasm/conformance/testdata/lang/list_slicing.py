# List slicing, slice assignment and negative steps.
a = list(range(10))
print(a[2:8:2], a[::-3], a[-2:], a[:-7], a[8:2:-2])
b = a[:]
b[2:5] = []
print(b)
b[1:1] = ["inserted", "two"]
print(b)
print(a[slice(1, 4)], slice(1, 4), slice(None, None, -1))
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(e)
a[20]
