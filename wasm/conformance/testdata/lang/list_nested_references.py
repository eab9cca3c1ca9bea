# Lists hold references: aliasing and repetition.
row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [1, 2]
a.append(a)
print(a, a[2] is a)
