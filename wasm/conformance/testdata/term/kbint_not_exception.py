# except Exception does not catch KeyboardInterrupt.
try:
    raise KeyboardInterrupt
except Exception:
    print("never")
