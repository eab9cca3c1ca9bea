# Catching KeyboardInterrupt lets the program end normally.
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("interrupted, cleaning up")
print("status 0")
