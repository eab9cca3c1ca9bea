# sys.exit(ValueError("x")) prints the exception's str.
import sys
sys.exit(ValueError("not an exit code"))
