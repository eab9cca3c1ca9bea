# An unhandled exception: traceback on stderr, status 1.
def f():
    raise ValueError("boom")
print("before")
f()
