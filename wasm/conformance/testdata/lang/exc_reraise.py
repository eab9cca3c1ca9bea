# A bare raise re-raises the exception being handled.
def f():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise
try:
    f()
except KeyError as e:
    print("outer caught", repr(e))
f()
