# sys.exit inside __del__ at shutdown is ignored; the status stays 2.
import sys
class Quitter:
    def __del__(self):
        print("Quitter.__del__ calls sys.exit(9)")
        sys.exit(9)
q = Quitter()
sys.exit(2)
