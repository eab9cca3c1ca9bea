# exit and quit are objects with a helpful repr.
print(repr(exit))
print(str(quit))
print(exit.name, exit.eof, exit is quit, type(exit).__name__)
print(callable(exit))
