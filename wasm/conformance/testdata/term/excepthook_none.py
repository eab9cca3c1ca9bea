# sys.excepthook = None.
import sys
sys.excepthook = None
raise KeyError("k")
