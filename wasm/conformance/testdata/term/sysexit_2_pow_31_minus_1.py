# 2**31-1 keeps its low 8 bits: 255.
import sys
sys.exit(2 ** 31 - 1)
