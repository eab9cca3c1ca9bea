# Reading back with readline, tell and seek.
with open("lines.txt", "w") as f:
    f.write("alpha\nbeta\ngamma\n")
with open("lines.txt") as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.read(3)))
    f.seek(0)
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
