# A float is not an int: printed, status 1.
import sys
sys.exit(3.0)
