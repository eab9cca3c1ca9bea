# A small status code.
import sys
sys.exit(3)
