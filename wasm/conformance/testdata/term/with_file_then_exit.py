# A file written in a with block is complete even if exit follows at once.
import sys
def save():
    with open("out.txt", "w") as f:
        f.write("saved\n")
        sys.exit(3)
save()
