# 2**32+7 keeps its low 8 bits: 7.
import sys
sys.exit(2 ** 32 + 7)
