# sys.exit inside a comprehension.
import sys
def check(x):
    if x == 2:
        sys.exit(f"bad value {x}")
    return x
print([check(x) for x in range(5)])
