# NameError suggests a close name.
values = [1, 2, 3]
print(valeus)
