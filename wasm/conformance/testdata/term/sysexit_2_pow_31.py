# 2**31 is truncated to a C int: 0.
import sys
sys.exit(2 ** 31)
