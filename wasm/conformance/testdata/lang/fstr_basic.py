# f-strings: expressions, nesting, escaped braces.
name = "World"
n = 42
print(f"Hello, {name}! {n + 1} {n * 2:>6} {{literal braces}}")
print(f'{"quoted"}', F"{name.upper()}", f"""{n}""")
items = [1, 2, 3]
print(f"{items[0]} {items[-1]} {len(items)} {items}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{n if n > 10 else 0} {[x * 2 for x in items]}")
print(rf"raw {name}\n", fr"\t{n}")
