# exitplay: signal SIGALRM@1.0
# SIGALRM's default action: status 142.
import time
time.sleep(10)
