# exitplay: signal SIGINT@1.0
# SIGINT while a finally block sleeps during sys.exit: the KeyboardInterrupt
# replaces the SystemExit and the process dies by SIGINT.
import sys
import time
try:
    sys.exit(3)
finally:
    print("cleaning up slowly", flush=True)
    time.sleep(10)
