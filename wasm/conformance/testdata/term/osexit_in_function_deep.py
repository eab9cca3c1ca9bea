# os._exit from deep in the stack.
import os
def level(n):
    if n == 0:
        os._exit(12)
    try:
        level(n - 1)
    finally:
        print("finally at level", n)
level(5)
