# return in finally discards KeyboardInterrupt too.
def f():
    try:
        raise KeyboardInterrupt
    finally:
        return "KeyboardInterrupt discarded"
print(f())
