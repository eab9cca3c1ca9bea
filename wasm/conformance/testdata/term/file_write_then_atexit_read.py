# An atexit callback reads a file the main module wrote and left open.
import atexit
f = open("notes.txt", "w")
f.write("written by main\n")
def report():
    f.flush()
    with open("notes.txt") as g:
        print("atexit sees:", repr(g.read()))
atexit.register(report)
