# str.join needs strings.
print(", ".join(["a", "b"]))
print(", ".join([1, 2]))
