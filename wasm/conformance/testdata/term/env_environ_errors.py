# Errors of os.environ and os.putenv/unsetenv, with their <frozen os> and
# <frozen _collections_abc> frames (no source lines), as tracebacks.
import os, traceback
def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc()
show(lambda: os.environ["MISSING"])
def setint(): os.environ["X"] = 1
show(setint)
def setkey(): os.environ[2] = "v"
show(setkey)
def delmissing(): del os.environ["NOPE"]
show(delmissing)
show(lambda: 3 in os.environ)
show(lambda: os.environ.get(None))
show(lambda: os.getenv(1))
show(lambda: os.environ.pop("NOPE"))
show(lambda: os.environ.setdefault("Y", 5))
def upd(): os.environ.update({"Z": b"x"})
show(upd)
def ior(): os.environ |= {"Z": 1.5}
show(ior)
def eq(): os.environ["A=B"] = "x"
show(eq)
def nul(): os.environ["NUL"] = "a\0b"
show(nul)
def empty(): os.environ[""] = "x"
show(empty)
show(lambda: os.putenv("K", 1))
show(lambda: os.putenv("K=", "1"))
show(lambda: os.unsetenv(1))
show(lambda: os.unsetenv("A=B"))
print("X" in os.environ, "Y" in os.environ, "Z" in os.environ)
print(os.environ)
