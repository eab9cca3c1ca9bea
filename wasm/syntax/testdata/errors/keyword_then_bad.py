print(a=1, 2, def)
