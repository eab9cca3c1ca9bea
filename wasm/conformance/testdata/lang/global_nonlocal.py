# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n
print(outer())
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
