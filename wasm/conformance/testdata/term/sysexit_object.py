# An arbitrary object is printed with its str.
import sys
sys.exit(object())
