# A replaced excepthook handles an uncaught KeyboardInterrupt, and CPython
# still re-kills itself with SIGINT afterwards.
import sys
def hook(t, v, tb):
    print("hook saw", t.__name__)
sys.excepthook = hook
raise KeyboardInterrupt
