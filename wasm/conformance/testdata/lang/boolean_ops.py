# and / or return one of their operands; not returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or [] or "last")
print(not 0, not [1], not not "x")
def t(x):
    print("called", x)
    return x
print(t(0) and t(1))
print(t(1) or t(2))
print([] or {} and 1)
