# sys.exit inside __del__ is ignored (reported), status unchanged.
import sys
class Quitter:
    def __del__(self):
        sys.exit(5)
q = Quitter()
q = None
print("main continues after SystemExit in __del__")
