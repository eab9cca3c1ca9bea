# __exit__ returning a true value suppresses the exception.
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("swallowing", exc_type.__name__)
        return True
with Swallow():
    raise KeyError("gone")
print("continues after with")
def f():
    with Swallow():
        1 / 0
        print("not reached")
    return "returned normally"
print(f())
