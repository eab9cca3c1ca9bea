# Unbounded recursion: three frames shown, then a repeat count.
def f(n):
    return f(n + 1)
f(0)
