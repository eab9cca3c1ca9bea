# exitplay: signal SIGHUP@1.0
# SIGHUP's default action: status 129.
import time
time.sleep(10)
