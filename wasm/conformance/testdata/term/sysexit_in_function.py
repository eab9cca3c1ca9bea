# sys.exit deep in a call stack ends the program.
import sys
def a():
    b()
    print("never")
def b():
    print("in b")
    sys.exit(9)
a()
print("never")
