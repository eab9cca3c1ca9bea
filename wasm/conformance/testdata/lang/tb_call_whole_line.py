# When the failing call is the whole line, no caret line is printed.
def f():
    raise ValueError("boom")
f()
