# signal.alarm with a handler interrupts a long sleep.
import signal
import time
class Timeout(Exception):
    pass
def on_alarm(signum, frame):
    raise Timeout("alarm fired")
signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
try:
    time.sleep(10)
except Timeout as e:
    print("caught", e)
