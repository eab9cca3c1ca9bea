# Subscripting an int.
x = 5
y = x[1:2]
