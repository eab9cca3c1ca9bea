# os._exit from an alarm handler: buffered stdout is lost on a pipe.
import os
import signal
import time
def on_alarm(signum, frame):
    print("alarm: hard exit")
    os._exit(14)
signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
print("waiting")
time.sleep(10)
