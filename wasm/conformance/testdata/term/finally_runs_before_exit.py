# finally blocks run before the interpreter exits.
import sys
try:
    print("try")
    sys.exit(6)
finally:
    print("finally runs before the interpreter exits")
