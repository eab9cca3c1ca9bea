# exitplay: signal SIGINT@1.0
# SIGINT while an atexit callback sleeps: the KeyboardInterrupt is reported as
# an ignored exception, the other callbacks run, and the status stays 0.
import atexit
import time
atexit.register(print, "registered first, runs last")
def slow_save():
    print("saving...", flush=True)
    time.sleep(10)
    print("never saved")
atexit.register(slow_save)
print("main end")
