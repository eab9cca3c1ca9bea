# After exit() is caught, stdin is closed and input() fails.
try:
    exit(0)
except SystemExit:
    pass
input("again? ")
