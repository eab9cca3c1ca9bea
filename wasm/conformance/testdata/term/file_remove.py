# os.remove deletes a file; only the other one is left.
import os
for name in ["keep.txt", "tmp.txt"]:
    with open(name, "w") as f:
        f.write(name + "\n")
os.remove("tmp.txt")
print(sorted(os.listdir(".")))
print(os.path.exists("keep.txt"), os.path.exists("tmp.txt"))
