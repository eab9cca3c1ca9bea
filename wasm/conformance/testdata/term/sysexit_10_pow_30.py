# A huge int also overflows to -1.
import sys
sys.exit(10 ** 30)
