# SystemExit raised inside a generator propagates out of it.
import sys
def gen():
    try:
        yield 1
        sys.exit(4)
    finally:
        print("generator finally")
for v in gen():
    print("got", v)
print("never")
