# Nested try statements and sys.exc_info.
import sys
print(sys.exc_info())
try:
    try:
        raise ValueError("inner")
    except ValueError:
        print("inner handler:", sys.exc_info()[0].__name__)
        try:
            raise TypeError("nested")
        except TypeError:
            print("nested handler:", sys.exc_info()[0].__name__)
        print("back in inner handler:", sys.exc_info()[0].__name__)
        raise KeyError("escape")
except KeyError as e:
    print("outer:", repr(e), type(e.__context__).__name__)
print(sys.exc_info())
