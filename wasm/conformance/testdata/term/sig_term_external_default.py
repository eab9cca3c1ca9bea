# exitplay: signal SIGTERM@0.5
# Nobody handles SIGTERM: the default action kills the process (status 143)
# while it sleeps; finally blocks and atexit callbacks never run.
import atexit
import time

atexit.register(print, "atexit (never printed)")
print("sleeping", flush=True)
try:
    time.sleep(10)
finally:
    print("finally (never printed)")
