# title: atexit callbacks run last-registered first
# atexit runs its callbacks in reverse order of registration, like a stack:
# what was set up last is torn down first.
import atexit

for name in ("database", "cache", "logger"):
    atexit.register(print, "closing", name)
    print("opened", name)
