# A plain invalid syntax error; nothing runs.
print("never printed")
x = 1 1
