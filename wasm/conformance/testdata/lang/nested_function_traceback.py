# A traceback through several nested calls.
def a(x):
    return b(x) + 1
def b(x):
    return c(x) * 2
def c(x):
    return x["key"]
a({"other": 1})
