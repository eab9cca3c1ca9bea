# os._exit in an atexit callback ends at once; later callbacks are skipped.
import atexit
import os
atexit.register(print, "registered first: skipped")
def hard():
    print("hard: about to os._exit(9)")
    os._exit(9)
atexit.register(hard)
print("main output (buffered when piped)")
