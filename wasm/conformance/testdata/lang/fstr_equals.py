# Self-documenting f-string expressions with =.
x = 10
name = "ada"
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{name=!s} {name=} {x=:>5}")
print(f"{len(name) = }")
