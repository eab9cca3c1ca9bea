# An AttributeError on a built-in type suggests a close name.
n = 255
print(n.bit_lenght())
