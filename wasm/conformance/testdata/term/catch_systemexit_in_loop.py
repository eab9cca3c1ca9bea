# Exiting is just an exception: a loop can keep going.
import sys
for i in range(3):
    try:
        sys.exit(i)
    except SystemExit as e:
        print("attempt", i, "code", e.code)
print("done looping")
