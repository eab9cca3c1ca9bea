# exitplay: signal SIGPIPE@1.0
# Python ignores SIGPIPE, so the program survives it.
import time
time.sleep(1.5)
print("survived SIGPIPE")
