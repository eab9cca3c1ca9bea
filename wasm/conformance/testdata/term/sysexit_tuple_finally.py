# The same tuple passing through finally is normalized: status 5.
import sys
try:
    sys.exit((5,))
finally:
    pass
