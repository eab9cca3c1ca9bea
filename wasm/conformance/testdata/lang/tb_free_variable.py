# A free variable referenced before assignment.
def outer():
    def inner():
        return x
    r = inner()
    x = 1
    return r
outer()
