# sys.exit() with no argument.
import sys
sys.exit()
