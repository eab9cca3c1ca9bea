# title: SIGTERM's default action skips all cleanup
# exitplay: signal SIGTERM@1
# Without a handler, SIGTERM kills the process the moment it arrives:
# no exception, no finally, no atexit. A shell reports 143 (128 + 15).
import atexit
import time

atexit.register(print, "atexit (never runs)")
print("working", flush=True)
try:
    time.sleep(5)
finally:
    print("finally (never runs)")
