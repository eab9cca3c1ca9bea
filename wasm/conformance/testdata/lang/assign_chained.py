# Chained assignment binds every target to the same object.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
i = lst = [0, 0]
i = 1
print(i, lst)
