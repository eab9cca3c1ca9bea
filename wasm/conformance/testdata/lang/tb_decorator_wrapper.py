# A traceback through a decorator's wrapper function.
def logged(fn):
    def wrapper(*args):
        print("calling", fn.__name__)
        return fn(*args)
    return wrapper
@logged
def divide(a, b):
    return a / b
divide(1, 0)
