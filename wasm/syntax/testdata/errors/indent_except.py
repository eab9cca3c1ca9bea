try:
  x
except:
z
