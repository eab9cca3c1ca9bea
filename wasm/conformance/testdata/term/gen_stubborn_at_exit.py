# A generator that yields in finally during shutdown close is reported.
def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
next(s)
print("main end")
