# Chained comparisons evaluate each operand once.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1 != 2)
print(v(1) < v(2) < v(0) < v(5))
x = 5
print(0 <= x < 10, 0 < x > 3, "a" < "b" < "c", 1 < 2 != 3)
print(1 in [1] in [[1]], 2 not in [1, 3])
