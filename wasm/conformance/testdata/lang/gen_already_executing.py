# A generator cannot be resumed while it is running.
def g():
    yield next(me)
me = g()
next(me)
