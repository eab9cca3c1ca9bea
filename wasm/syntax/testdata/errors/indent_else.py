if a:
  x
else:
z
