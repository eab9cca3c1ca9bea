# sys.exit((5,)) at top level prints the tuple: status 1.
import sys
sys.exit((5,))
