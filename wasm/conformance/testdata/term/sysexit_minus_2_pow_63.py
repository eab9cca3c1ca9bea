# -2**63 fits in a C long; its low bits are 0.
import sys
sys.exit(-2 ** 63)
