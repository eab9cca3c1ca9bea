# exitplay: signal SIGINT@1.0
# Catching the KeyboardInterrupt from a real SIGINT: status 0.
import time
try:
    time.sleep(10)
except KeyboardInterrupt:
    print("interrupted, shutting down cleanly")
