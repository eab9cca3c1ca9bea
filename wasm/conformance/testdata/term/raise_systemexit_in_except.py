# SystemExit raised while handling another exception: no traceback.
try:
    1 / 0
except ZeroDivisionError:
    print("handling ZeroDivisionError, then exiting")
    raise SystemExit("exit message while handling")
