# throw() raises inside the generator at the yield.
def worker():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("worker handled", e)
            yield "recovered"
w = worker()
print(next(w))
print(w.throw(ValueError("bad input")))
print(next(w))
w.throw(KeyError("unhandled"))
