# time.sleep rejects negative durations.
import time
time.sleep(0)
print("sleep(0) returned")
time.sleep(-1)
