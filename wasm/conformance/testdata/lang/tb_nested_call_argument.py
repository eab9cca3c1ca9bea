# The caret marks the inner call that failed.
def double(x):
    return x * 2
print(double(int("seven")))
