# Every enclosing finally runs, innermost first.
import sys
def f():
    try:
        try:
            sys.exit(5)
        finally:
            print("inner finally")
    finally:
        print("outer finally")
try:
    f()
finally:
    print("module finally")
