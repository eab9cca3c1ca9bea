# atexit.register works as a decorator and returns the function.
import atexit
@atexit.register
def last():
    print("registered last -> runs first")
print(callable(last), last.__name__)
