# __del__ of globals still runs after sys.exit.
import sys
class Res:
    def __del__(self):
        print("Res.__del__ at shutdown")
r = Res()
sys.exit(2)
