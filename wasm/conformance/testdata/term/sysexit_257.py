# 257 wraps around to 1.
import sys
sys.exit(257)
