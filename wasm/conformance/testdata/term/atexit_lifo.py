# atexit callbacks run last-in, first-out after the main module.
import atexit
atexit.register(print, "registered first, runs last")
atexit.register(print, "registered second")
atexit.register(print, "registered third, runs first")
print("main end")
