# ExitStack callbacks run in LIFO order while SystemExit propagates.
import sys
from contextlib import ExitStack
with ExitStack() as stack:
    stack.callback(print, "callback #1")
    stack.callback(print, "callback #2")
    sys.exit(13)
