# The last line of stdin does not need a newline.
print(repr(input("a: ")))
print(repr(input("b: ")))
