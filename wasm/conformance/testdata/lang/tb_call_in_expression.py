# A failing call inside a larger expression is underlined with ^.
def g():
    return int("x")
z = len("abc") + g()
