x = f'''line one {a}
line two {b + c}
{d!r:>{w}}'''
y = f"{a}" f"{a}"
z = 'pre' f'{a} {a}'
w = f"{x:{y}}" f"{x:{y}}"
v = f"{ a + b }"
u = f"{f'{x}'}"
t = (f"{a}"
     f"{b}")
s = f"{x!r}" "tail" f"{y:3}"
r = f"{'é'}{x}"
q = f"é{x}"
p = f"{x:%Y-%m-%d}"
o = f"{x = :>10}"
n = f"{3 + 4}"
m = f"{ {'a': 1}['a'] }"
l = f"{x}" \
    f"{y}"
