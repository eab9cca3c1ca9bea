# A bare except catches SystemExit, and the program goes on.
import sys
try:
    sys.exit(2)
except:
    print("bare except caught:", repr(sys.exc_info()[1]))
print("program continues; status 0")
