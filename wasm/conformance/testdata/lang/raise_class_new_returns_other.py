# raise C where C.__new__ returns something that is not an exception.
class E(BaseException):
    def __new__(cls, *args):
        return 5


try:
    raise E
except TypeError as e:
    print("TypeError:", e)
print(repr(quit), repr(exit))
