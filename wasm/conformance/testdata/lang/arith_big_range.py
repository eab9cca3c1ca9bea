# range works with ints beyond 64 bits, but len() of a huge range overflows.
r = range(0, 10 ** 20, 3)
print(r[-1], r[10 ** 18], 10 ** 19 in r, 3 * 10 ** 18 in r, len(range(0, 10 ** 18, 7)))
print(range(10 ** 20)[-1], list(range(10 ** 20, 10 ** 20 + 3)))
print(list(enumerate("ab", -1)), max(range(5), key=lambda v: -v), min([], key=len, default="none"))
print(len(r))
