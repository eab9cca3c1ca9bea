# exitplay: signal SIGTERM@1.0
# A handler that raises ends the sleep with that exception.
import signal
import time
class Wake(Exception):
    pass
def handler(signum, frame):
    raise Wake("from handler")
signal.signal(signal.SIGTERM, handler)
try:
    time.sleep(10)
except Wake as e:
    print("sleep interrupted by", repr(e))
