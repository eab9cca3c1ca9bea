# Conditional expressions.
for x in [-2, 0, 3]:
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
print(1 if [] else 2, "a" if "b" else "c")
f = (lambda v: v) if True else None
print(f(7))
