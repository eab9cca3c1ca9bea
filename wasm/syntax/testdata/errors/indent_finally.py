try:
  x
finally:
z
