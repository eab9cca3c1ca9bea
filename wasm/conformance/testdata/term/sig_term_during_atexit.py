# exitplay: signal SIGTERM@1.0
# SIGTERM while an atexit callback sleeps: death by signal, status 143; the
# remaining callbacks never run.
import atexit
import time
atexit.register(print, "never")
def slow_save():
    print("Saving 2 changes to backup...", flush=True)
    time.sleep(10)
atexit.register(slow_save)
print("Exiting application...")
