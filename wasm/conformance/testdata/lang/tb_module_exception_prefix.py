# An exception class from another module prints with its module name.
import sys
print("reading from stdout")
sys.stdout.read()
