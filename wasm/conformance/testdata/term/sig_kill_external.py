# exitplay: signal SIGKILL@1.0
# SIGKILL cannot be handled: status 137, nothing else runs.
import atexit
import time
atexit.register(print, "never")
print("waiting", flush=True)
time.sleep(10)
