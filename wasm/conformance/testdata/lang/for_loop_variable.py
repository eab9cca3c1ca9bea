# The loop variable survives the loop, and mutating a copy is safe.
for i in range(3):
    pass
print(i)
lst = [1, 2, 3]
for x in lst[:]:
    lst.remove(x)
print(lst)
for k in {"b": 1, "a": 2}:
    print(k)
