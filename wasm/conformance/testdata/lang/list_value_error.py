# list.index and list.remove of a missing value.
nums = [1, 2, 3]
try:
    nums.index(9)
except ValueError as e:
    print(e)
nums.remove(9)
