# round, divmod and pow.
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(123, -1), round(0.125, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2), pow(2, 8), pow(2, 8, 10), pow(2, -1))
print(type(round(2.6)).__name__, type(round(2.6, 0)).__name__)
