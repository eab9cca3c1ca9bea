# return in finally overrides the pending return or exception.
def f():
    try:
        return "from try"
    finally:
        print("finally runs")
def g():
    try:
        return "from try"
    finally:
        return "from finally"
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f(), g(), h())
def k():
    for i in range(3):
        try:
            continue
        finally:
            print("finally in loop", i)
k()
