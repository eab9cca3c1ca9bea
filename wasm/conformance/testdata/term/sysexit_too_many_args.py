# sys.exit takes at most one argument.
import sys
sys.exit(1, 2)
