# exitplay: signal SIGTERM@1.0
# Death by SIGTERM loses buffered stdout on a pipe (a tty shows it).
import time
print("buffered when piped")
time.sleep(10)
