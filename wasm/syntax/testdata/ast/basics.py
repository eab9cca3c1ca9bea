x = 1 + 2 * 3
def f(a, b=2, *args, c, d=4, **kw) -> int:
    """doc"""
    return a + b
class C(Base, metaclass=M):
    pass
for i, j in zip(a, b):
    if i: continue
    elif j: break
    else: pass
else:
    y = f"{x!r:>{w}} and {y=}"
print(f(1, *a, k=2, **kw)[1:2, ::3].z)
