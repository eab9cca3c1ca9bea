# An expression that ends in an operator.
def f():
    return 1 +
