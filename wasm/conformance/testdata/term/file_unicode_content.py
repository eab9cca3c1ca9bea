# Files are written as UTF-8.
with open("u.txt", "w") as f:
    f.write("héllo ☃\n")
with open("u.txt", "rb") as f:
    print(f.read())
with open("u.txt") as f:
    print(f.read(), end="")
