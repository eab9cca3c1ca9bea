# Bad arguments to print.
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
print("x", fil=None)
