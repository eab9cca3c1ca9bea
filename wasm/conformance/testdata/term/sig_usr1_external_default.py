# exitplay: signal SIGUSR1@1.0
# SIGUSR1's default action kills: status 138.
import time
time.sleep(10)
