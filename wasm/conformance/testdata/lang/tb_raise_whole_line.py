# raise statements cover the whole line: no caret line.
def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
check(5)
check(-1)
