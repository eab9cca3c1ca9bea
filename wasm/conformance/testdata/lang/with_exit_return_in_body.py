# __exit__ runs on return, break and continue.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit", exc)
def f():
    with CM():
        return "value"
print(f())
for i in range(2):
    with CM():
        if i == 0:
            continue
        break
print("end")
