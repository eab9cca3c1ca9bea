# The message is str() of the object.
import sys
class Reason:
    def __str__(self):
        return "custom reason text"
sys.exit(Reason())
