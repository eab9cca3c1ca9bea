# int() and float() accept Unicode decimal digits and underscores.
print(int("١٢٣"), int("１２"), float("٣.٥"), int("1_000"), float("1_0.5"), int(" +7 "), int("-0"))
try:
    int("1__0")
except ValueError as e:
    print(e)
