# Mode "x" refuses to overwrite an existing file.
with open("new.txt", "x") as f:
    f.write("created once\n")
try:
    open("new.txt", "x")
except FileExistsError as e:
    print("FileExistsError:", e)
open("new.txt", "x")
