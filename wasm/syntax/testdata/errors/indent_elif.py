if a:
  x
elif b:
z
