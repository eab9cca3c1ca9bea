while a:
z
