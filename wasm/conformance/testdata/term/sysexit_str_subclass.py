# sys.exit() with an instance of a str subclass: its str() goes to stderr
# and the status is 1.
import sys

class Reason(str):
    def __str__(self):
        return "fatal: " + self.upper()

print("about to fail")
sys.exit(Reason("disk full"))
