# Exception args, str and repr.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"), KeyError(""), OSError(2, "No such file")]:
    print(repr(e), "|", str(e), "|", e.args)
e = OSError(2, "No such file or directory", "x.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__, e)
print(isinstance(FileNotFoundError(), OSError), IOError is OSError)
