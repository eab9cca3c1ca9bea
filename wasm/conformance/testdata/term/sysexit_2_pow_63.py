# An int too large for a C long becomes -1: status 255.
import sys
sys.exit(2 ** 63)
