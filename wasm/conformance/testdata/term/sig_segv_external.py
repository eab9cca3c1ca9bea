# exitplay: signal SIGSEGV@1.0
# A SIGSEGV sent from outside kills the process: status 139.
import time
print("waiting", flush=True)
time.sleep(10)
