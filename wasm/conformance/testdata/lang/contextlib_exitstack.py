# ExitStack runs callbacks in LIFO order.
from contextlib import ExitStack, contextmanager
@contextmanager
def res(n):
    print("open", n)
    yield n
    print("close", n)
with ExitStack() as stack:
    values = [stack.enter_context(res(i)) for i in range(3)]
    stack.callback(print, "callback", "args", sep="-")
    print("values", values)
print("after")
with ExitStack() as stack:
    stack.callback(print, "first registered")
    moved = stack.pop_all()
    print("popped all")
moved.close()
