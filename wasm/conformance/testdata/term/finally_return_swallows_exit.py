# return in finally discards the SystemExit.
import sys
def f():
    try:
        sys.exit(4)
    finally:
        return "swallowed by finally: return"
print(f())
print("status will be 0")
