# atexit runs after an unhandled exception's traceback.
import atexit
atexit.register(print, "atexit after traceback")
raise LookupError("unhandled")
