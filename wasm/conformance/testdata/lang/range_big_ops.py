# range with bounds and lengths beyond 64 bits: indexing, slicing,
# membership, index/count, reversed, equality and the len() overflow.
big = range(0, 10 ** 20, 3)
print(big, big.start, big.stop, big.step)
print(big[2 ** 64], big[-2], big[10 ** 19:][::-2][:3])
print(range(10 ** 20)[5:2 ** 70], range(0, 10 ** 30, 10 ** 29)[3:])
print(10 ** 19 in big, 3 * 10 ** 18 in big, 10 ** 19 + 1 in big, "x" in range(3))
print(big.index(9), big.count(9), big.count(10), range(5).index(True))
print(list(reversed(range(10 ** 20, 10 ** 20 + 3))), list(range(2 ** 63 - 2, 2 ** 63 + 1)))
print(range(2 ** 62, 2 ** 63, 2 ** 61)[::3], range(5)[::-1], range(5)[1:-1:2])
print(range(10 ** 20) == range(10 ** 20), range(3) == range(0, 3), range(0) == range(5, 2))
print(bool(range(10 ** 20, 0)), bool(big), range(-2 ** 63, 2 ** 63))
for call in (lambda: range(1)[2 ** 64], lambda: range(5).index(7), lambda: range(5).index("a"),
             lambda: range(5).count(), lambda: range(1.5), lambda: len(range(-2 ** 63, 2 ** 63))):
    try:
        call()
    except (IndexError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
