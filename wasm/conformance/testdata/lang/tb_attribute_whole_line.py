# An attribute access that is the whole line: no caret line.
class Empty:
    pass
e = Empty()
e.missing
