# exitplay: signal SIGINT@1.0
# SIGINT from outside during a sleep: KeyboardInterrupt traceback, then
# CPython re-kills itself with SIGINT (status 130).
import time
print("sleeping; press Ctrl-C", flush=True)
time.sleep(10)
print("never")
