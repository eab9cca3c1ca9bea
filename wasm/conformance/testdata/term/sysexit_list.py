# A list is printed; status 1.
import sys
sys.exit([5])
