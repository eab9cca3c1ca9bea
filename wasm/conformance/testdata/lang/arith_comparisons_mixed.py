# Ordering comparisons between unrelated types fail.
print(1 < 2.5, [1, 2] < [1, 3], (1, "a") < (1, "b"), "a" != 1, None == 0)
try:
    1 < "1"
except TypeError as e:
    print(e)
sorted([3, "x", 1])
