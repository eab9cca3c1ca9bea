# An unset variable read with os.environ[...] ends the program with a
# KeyError raised inside the frozen os module; atexit still runs.
import atexit, os
atexit.register(print, "atexit: HOME is", os.environ["HOME"])
print("reading CONFIG_PATH")
config = os.environ["CONFIG_PATH"]
print("never printed", config)
