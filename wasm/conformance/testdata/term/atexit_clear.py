# atexit._clear drops every callback.
import atexit
atexit.register(print, "dropped")
atexit._clear()
atexit.register(print, "registered after _clear")
print("count", atexit._ncallbacks())
