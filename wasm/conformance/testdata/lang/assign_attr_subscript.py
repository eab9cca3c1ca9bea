# Assignment to attributes, subscripts and slices.
class Box:
    pass
b = Box()
b.x = 1
b.y = b.x + 1
print(b.x, b.y, vars(b))
lst = [0, 1, 2, 3, 4]
lst[0] = "zero"
lst[-1] = "four"
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [7, 7, 7]
print(lst)
d = {}
d["k"] = d.get("k", 0) + 1
d[1, 2] = "tuple key"
print(d)
m = [[0] * 2 for _ in range(2)]
m[1][0] = 5
print(m)
