# Callbacks still see module globals.
import atexit
state = {"saved": False}
def save():
    state["saved"] = True
    print("saving", state)
atexit.register(save)
state["items"] = 3
