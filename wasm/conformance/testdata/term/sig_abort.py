# os.abort() dies by SIGABRT: status 134, no cleanup.
import os
print("aborting", flush=True)
try:
    os.abort()
finally:
    print("never")
