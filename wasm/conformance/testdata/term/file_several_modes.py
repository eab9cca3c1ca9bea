# Writing, appending and reading files.
with open("a.txt", "w") as f:
    f.write("first\n")
with open("a.txt", "a") as f:
    print("appended", file=f)
with open("a.txt") as f:
    print(repr(f.read()))
with open("b.bin", "wb") as f:
    f.write(b"\x00\x01bytes")
with open("b.bin", "rb") as f:
    print(f.read())
with open("a.txt") as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip())
