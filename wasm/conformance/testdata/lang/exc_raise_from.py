# raise ... from sets __cause__; the traceback shows both.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(s)) from e
parse("x1")
