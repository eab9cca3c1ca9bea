# A failing lambda appears as <lambda> in the traceback.
f = lambda x: x / 0
print(list(map(f, [1])))
