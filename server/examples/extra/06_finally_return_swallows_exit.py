# title: return in finally swallows sys.exit
# A return statement inside finally discards the exception in flight,
# SystemExit included: sys.exit(1) is forgotten and main() just returns.
import sys


def main():
    try:
        sys.exit(1)
    finally:
        return "finally returned"


print(main())
print("the program goes on; status 0")
