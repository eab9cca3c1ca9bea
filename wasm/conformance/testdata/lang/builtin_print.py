# print with sep, end, file and flush.
import sys
print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" <- continued", end="!\n")
print()
print("x", "y", sep="", end="\n\n")
print(1, None, [2], sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("to stdout explicitly", file=sys.stdout)
print(*range(5), sep=",")
print("end", file=None)
