# A callback registered while callbacks run is never called.
import atexit
def late():
    print("late (never called)")
def first():
    print("first: registering late")
    atexit.register(late)
atexit.register(first)
