# Calling a method of None returned by a function.
def find(name):
    return None
find("x").upper()
