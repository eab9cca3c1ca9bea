# An alarm handler that re-arms the alarm twice.
import signal
count = 0
def on_alarm(signum, frame):
    global count
    count += 1
    print("alarm", count)
    if count < 3:
        signal.alarm(1)
signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
while count < 3:
    signal.pause()
print("three alarms")
