# atexit output joins the same stdout buffer as the main module.
import atexit
atexit.register(lambda: print("from atexit"))
print("from main")
