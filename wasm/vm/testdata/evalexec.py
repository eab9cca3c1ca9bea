# eval, exec and compile.
x = 3
print(eval("x * 2"), eval("a + b", {"a": 1}, {"b": 2}))
def f():
    y = 5
    return eval("x + y")
print(f())
ns = {}
exec("import math\ndef sq(n):\n    return n * n\nv = sq(4)", ns)
print(ns["v"], "sq" in ns)
code = compile("w = x + 1", "<w>", "exec")
exec(code)
print(w)
try:
    compile("1 +* 2", "<bad>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
exec("raise KeyError('from exec')")
