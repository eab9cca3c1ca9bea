# exitplay: signal SIGXFSZ@1.0
# Python ignores SIGXFSZ, so the program survives it.
import time
time.sleep(1.5)
print("survived SIGXFSZ")
