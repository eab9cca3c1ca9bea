# if / elif / else and truthiness.
for v in [0, 1, -1, "", "x", [], [0], None, 0.0, {}]:
    if v:
        print(repr(v), "truthy")
    elif v is None:
        print(repr(v), "is None")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3: print("one-line if")
if x < 3:
    pass
else:
    print("else branch")
