# exitplay: signal 12@1.0
# A signal given by number (12 is SIGUSR2): status 140.
import time
time.sleep(10)
