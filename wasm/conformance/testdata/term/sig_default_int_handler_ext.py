# exitplay: signal SIGTERM@1.0
# default_int_handler installed for SIGTERM raises KeyboardInterrupt.
import signal
import time
signal.signal(signal.SIGTERM, signal.default_int_handler)
try:
    time.sleep(10)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt from SIGTERM", repr(e))
