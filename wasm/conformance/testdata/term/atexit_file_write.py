# An atexit callback can still write a file.
import atexit
def save():
    with open("state.txt", "w") as f:
        f.write("saved at exit\n")
atexit.register(save)
print("main end")
