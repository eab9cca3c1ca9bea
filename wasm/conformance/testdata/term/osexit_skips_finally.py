# os._exit skips finally blocks.
import os
try:
    print("in try", flush=True)
    os._exit(4)
finally:
    print("finally (never)")
