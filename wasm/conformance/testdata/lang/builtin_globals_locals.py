# globals() and locals().
x = 10
g = globals()
print(g["x"], "x" in g, g is globals())
g["made_here"] = "via globals"
print(made_here)
def f(p):
    q = p * 2
    return locals()
print(f(3))
print(locals() is globals())
