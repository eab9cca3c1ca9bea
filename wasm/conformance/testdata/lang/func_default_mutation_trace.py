# A traceback points into a default argument's evaluation at def time.
def make(x=int("not a number")):
    return x
