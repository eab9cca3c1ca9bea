# KeyboardInterrupt raised while handling another exception.
try:
    {}["k"]
except KeyError:
    raise KeyboardInterrupt
