# A SystemExit raised by an ExitStack callback during normal exit of the block.
import sys
from contextlib import ExitStack
with ExitStack() as stack:
    stack.callback(print, "runs after the exiting callback")
    stack.callback(sys.exit, 21)
    print("block done")
print("never")
