# del sys.excepthook.
import sys
del sys.excepthook
raise KeyError("k")
