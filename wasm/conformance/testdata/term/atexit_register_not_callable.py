# atexit.register needs a callable.
import atexit
atexit.register("not callable")
