# Augmented assignment on subscripts, attributes and mutable objects.
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
d = {"n": 1}
d["n"] += 10
print(d)
class C:
    count = 0
c = C()
c.count += 1
print(c.count, C.count)
s = "ab"
s *= 3
print(s)
grid = [[1]]
grid[0][0] -= 5
print(grid)
